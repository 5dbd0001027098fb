"""whosaid.frame: one row per quote for a pandas DataFrame."""

from __future__ import annotations

import pytest

import whosaid

pd = pytest.importorskip("pandas", reason="pandas is not installed")
import whosaid.frame  # noqa: E402

TEXTS = [
    '"First," Ada Park said. "Second," Ada Park added.',
    None,
    "Nothing quoted.",
    "Café Notes\n\n“Très bien,” Zoë Müller said.",
]


def test_rows_per_quote_with_ids_and_dtypes() -> None:
    df = pd.DataFrame({"doc": [7, 8, 9, 10], "body": TEXTS})
    rows = whosaid.frame.extract(df, text_col="body", id_col="doc")
    assert list(rows.columns) == ["doc", *whosaid.frame.COLUMNS]
    assert rows["doc"].tolist() == [7, 7, 10]
    assert rows["doc"].dtype == df["doc"].dtype
    assert rows["quote_index"].tolist() == [0, 1, 0]
    assert rows["speaker"].tolist() == ["Ada Park", "Ada Park", "Zoë Müller"]
    last = rows.iloc[2]
    text = TEXTS[3]
    assert text[last["span_start"] : last["span_end"]] == "Très bien,"
    assert last["byte_start"] > last["span_start"]


def test_matches_extract_many() -> None:
    df = pd.DataFrame({"id": ["a", "b", "c", "d"], "text": TEXTS})
    rows = whosaid.frame.extract(df, indirect=True)
    quotes = whosaid.Extractor(indirect=True).extract_many([t or "" for t in TEXTS])
    flat = [q for qs in quotes for q in qs]
    assert rows["text"].tolist() == [q["text"] for q in flat]
    assert rows["kind"].tolist() == [q["kind"] for q in flat]
    assert rows["cue_start"].tolist() == [q["cue_span"]["start"] for q in flat]


def test_empty_and_no_id() -> None:
    rows = whosaid.frame.extract(pd.DataFrame({"text": ["no quotes"]}), id_col=None)
    assert rows.empty
    assert list(rows.columns) == list(whosaid.frame.COLUMNS)
    rows = whosaid.frame.extract(pd.DataFrame({"id": [4], "text": ["no quotes"]}))
    assert rows.empty
    assert list(rows.columns) == ["id", *whosaid.frame.COLUMNS]
    assert rows["id"].dtype == "int64"


def test_id_col_clash() -> None:
    with pytest.raises(ValueError, match="quote column"):
        whosaid.frame.extract(pd.DataFrame({"text": ["x"]}), id_col="text")
