"""Spark: one row per quote for a DataFrame of articles, with ``mapInPandas``.

>>> import whosaid.spark  # doctest: +SKIP
>>> quotes = whosaid.spark.extract(articles, text_col="text", id_col="id")  # doctest: +SKIP
>>> quotes.groupBy("speaker").count().orderBy("count", ascending=False).show()  # doctest: +SKIP

The package must be installed on the executors (``pip install whosaid`` in
their Python, or ship the wheel with ``--py-files``/an archive). Each
executor's Python worker builds its :class:`whosaid.Extractor` once, on its
first batch, and keeps it in a module-level cache for every later batch and
task (Spark reuses Python workers by default), never once per row. Inside a
task the batch runs on ``jobs`` threads (default 1: Spark already runs one
task per core).

pyspark, pandas and pyarrow are needed only here.
"""

from __future__ import annotations

import collections
import functools
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import whosaid
from whosaid.frame import COLUMNS, quote_rows

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType

__all__ = ["cached_extractor", "extract", "quote_schema"]

_Key = tuple[tuple[str, Any], ...]
_EXTRACTORS: dict[_Key, whosaid.Extractor] = {}
_LOCK = threading.Lock()
# How many times this process built the extractor of each key (for tests).
_BUILDS: collections.Counter[_Key] = collections.Counter()


def _key(options: dict[str, Any]) -> _Key:
    """A hashable form of extractor options (lists become tuples)."""
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in options.items()))


def cached_extractor(options: dict[str, Any]) -> whosaid.Extractor:
    """The extractor for ``options``, built once per Python process."""
    key = _key(options)
    with _LOCK:
        extractor = _EXTRACTORS.get(key)
        if extractor is None:
            extractor = _EXTRACTORS[key] = whosaid.Extractor(**options)
            _BUILDS[key] += 1
        return extractor


def quote_schema(id_col: str | None = "id", id_type: DataType | None = None) -> StructType:
    """The schema of :func:`extract`'s result: the id column, then the quote columns.

    Offsets (``span_start``, ``speaker_start``, ...) are code point indices,
    0-based and end-exclusive (Spark's ``substring`` is 1-based:
    ``substring(text, span_start + 1, span_end - span_start)``); the
    ``byte_*`` columns give UTF-8 byte offsets.
    """
    from pyspark.sql import types as T

    spark_types = {"Int64": T.LongType(), "object": T.StringType(), "float64": T.DoubleType()}
    fields = [T.StructField(name, spark_types[dtype], True) for name, dtype in COLUMNS.items()]
    if id_col is not None:
        fields.insert(0, T.StructField(id_col, id_type or T.StringType(), True))
    return T.StructType(fields)


def _batches(
    batches: Iterator[pd.DataFrame],
    *,
    text_col: str,
    id_col: str | None,
    options: dict[str, Any],
    jobs: int,
) -> Iterator[pd.DataFrame]:
    """The function run by ``mapInPandas`` on the executors."""
    extractor = cached_extractor(options)
    for batch in batches:
        ids = None if id_col is None else batch[id_col]
        yield quote_rows(extractor, ids, batch[text_col], id_col=id_col or "id", jobs=jobs)


def extract(
    df: DataFrame,
    text_col: str = "text",
    id_col: str | None = "id",
    indirect: bool = False,
    *,
    jobs: int = 1,
    **options: Any,
) -> DataFrame:
    """One row per quote of the articles in the Spark DataFrame ``df``.

    :param df: one article per row.
    :param text_col: a string column with the article text; a null text has
        no quotes.
    :param id_col: the column copied to every quote row, with its type
        (``None``: no id column).
    :param indirect: return reported speech without quotation marks too.
    :param jobs: threads per task (default 1).
    :param options: other options of :class:`whosaid.Extractor`
        (``single_quotes="speech"``, ``speech_verbs=[...]``, ...).
    :returns: a DataFrame with :func:`quote_schema`; quotes of one article
        are numbered by ``quote_index`` in document order.
    :raises ValueError: a column is missing, or the options are invalid
        (checked here, on the driver, before any task runs).
    :raises TypeError: ``text_col`` is not a string column.
    """
    from pyspark.sql import types as T

    fields = {f.name: f for f in df.schema.fields}
    if text_col not in fields:
        raise ValueError(f"no column {text_col!r} in the DataFrame (columns: {df.columns})")
    if not isinstance(fields[text_col].dataType, T.StringType):
        raise TypeError(
            f"column {text_col!r} must be a string column, not {fields[text_col].dataType}"
        )
    if id_col is not None:
        if id_col not in fields:
            raise ValueError(f"no column {id_col!r} in the DataFrame (columns: {df.columns})")
        if id_col in COLUMNS:
            raise ValueError(f"id_col {id_col!r} is also the name of a quote column")
    options = {**options, "indirect": indirect}
    whosaid.Extractor(**options)  # Invalid options fail here, not in a task.

    id_type = None if id_col is None else fields[id_col].dataType
    columns = [text_col] if id_col is None else [id_col, text_col]
    run = functools.partial(_batches, text_col=text_col, id_col=id_col, options=options, jobs=jobs)
    return df.select(*columns).mapInPandas(run, schema=quote_schema(id_col, id_type))
