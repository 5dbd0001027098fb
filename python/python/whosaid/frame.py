"""pandas: one row per quote for a DataFrame of articles.

>>> import pandas as pd, whosaid.frame
>>> articles = pd.DataFrame({"id": [1], "text": ['"Not today," Ada Park said.']})
>>> whosaid.frame.extract(articles)[["id", "text", "speaker"]].to_dict("records")
[{'id': 1, 'text': 'Not today', 'speaker': 'Ada Park'}]

pandas is imported only when this module is; ``whosaid`` itself does not need
it. :mod:`whosaid.spark` builds its rows with :func:`quote_rows`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import whosaid

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "extract", "quote_rows"]

#: The quote columns of the frames built here, after the id column, with
#: their pandas dtypes. Offsets without a suffix are Python ``str`` indices
#: (code points, as Spark's string functions count); ``byte_*`` are UTF-8
#: byte offsets. ``quote_index`` numbers the quotes of one article from 0.
COLUMNS: dict[str, str] = {
    "quote_index": "Int64",
    "text": "object",
    "speaker": "object",
    "mention": "object",
    "cue": "object",
    "topic": "object",
    "kind": "object",
    "rule": "object",
    "confidence": "float64",
    "span_start": "Int64",
    "span_end": "Int64",
    "speaker_start": "Int64",
    "speaker_end": "Int64",
    "cue_start": "Int64",
    "cue_end": "Int64",
    "byte_start": "Int64",
    "byte_end": "Int64",
    "byte_speaker_start": "Int64",
    "byte_speaker_end": "Int64",
    "byte_cue_start": "Int64",
    "byte_cue_end": "Int64",
}

# (column, quote key, span key or None)
_FIELDS: list[tuple[str, str, str | None]] = [
    ("text", "text", None),
    ("speaker", "speaker", None),
    ("mention", "mention", None),
    ("cue", "cue", None),
    ("topic", "topic", None),
    ("kind", "kind", None),
    ("rule", "rule", None),
    ("confidence", "confidence", None),
    ("span_start", "span", "start"),
    ("span_end", "span", "end"),
    ("speaker_start", "speaker_span", "start"),
    ("speaker_end", "speaker_span", "end"),
    ("cue_start", "cue_span", "start"),
    ("cue_end", "cue_span", "end"),
    ("byte_start", "byte_span", "start"),
    ("byte_end", "byte_span", "end"),
    ("byte_speaker_start", "byte_speaker_span", "start"),
    ("byte_speaker_end", "byte_speaker_span", "end"),
    ("byte_cue_start", "byte_cue_span", "start"),
    ("byte_cue_end", "byte_cue_span", "end"),
]


def quote_rows(
    extractor: whosaid.Extractor,
    ids: pd.Series | None,
    texts: Iterable[Any],
    *,
    id_col: str = "id",
    jobs: int | None = None,
) -> pd.DataFrame:
    """One row per quote of ``texts``, articles in order, quotes in document order.

    A text that is not a ``str`` (``None``, ``NaN``: a missing article) has
    no quotes. ``ids`` (one per text, or ``None`` for no id column) fill the
    ``id_col`` column, keeping their dtype.
    """
    import pandas as pd

    texts = [t if isinstance(t, str) else "" for t in texts]
    results = extractor.extract_many(texts, jobs=jobs)
    columns: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    articles: list[int] = []
    for article, quotes in enumerate(results):
        assert isinstance(quotes, list)  # every item is a str
        for n, quote in enumerate(quotes):
            articles.append(article)
            columns["quote_index"].append(n)
            for column, key, part in _FIELDS:
                value = quote[key]  # type: ignore[literal-required]
                if part is not None:
                    value = None if value is None else value[part]
                columns[column].append(value)
    frame = pd.DataFrame(
        {name: pd.Series(values, dtype=COLUMNS[name]) for name, values in columns.items()}
    )
    if ids is not None:
        frame.insert(0, id_col, ids.iloc[pd.Index(articles, dtype="int64")].reset_index(drop=True))
    return frame


def extract(
    df: pd.DataFrame,
    text_col: str = "text",
    id_col: str | None = "id",
    *,
    jobs: int | None = None,
    **options: Any,
) -> pd.DataFrame:
    """One row per quote of the articles in ``df``.

    :param df: a DataFrame with one article per row.
    :param text_col: the column holding the article text; missing texts
        have no quotes.
    :param id_col: the column copied to every quote row (``None``: none).
    :param jobs: threads (default: the number of CPUs).
    :param options: options of :class:`whosaid.Extractor` (``indirect=True``,
        ``single_quotes="speech"``, ...).
    :returns: the id column, then :data:`COLUMNS`.
    """
    if id_col is not None and id_col in COLUMNS:
        raise ValueError(f"id_col {id_col!r} is also the name of a quote column")
    extractor = whosaid.Extractor(**options)
    ids = None if id_col is None else df[id_col]
    return quote_rows(extractor, ids, df[text_col], id_col=id_col or "id", jobs=jobs)
