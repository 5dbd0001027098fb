"""Extractor.extract_many: parallel, order preserved, errors raised or skipped."""

from __future__ import annotations

import pytest

import whosaid


def _article(n: int) -> str:
    # Different speakers and lengths, so a reordering would show.
    return (
        f"Report {n}\n\n"
        + "Background sentence without speech. " * (n % 7)
        + f'"Item {n} is done," Speaker Number{chr(65 + n % 26)}{n} said.\n'
    )


TEXTS = [_article(n) for n in range(200)] + ["", "no quotes here"]


@pytest.mark.parametrize("jobs", [None, 1, 2, 3, 8, 500])
def test_order_is_preserved(jobs: int | None) -> None:
    extractor = whosaid.Extractor()
    results = extractor.extract_many(TEXTS, jobs=jobs)
    assert results == [extractor.extract(t) for t in TEXTS]
    assert [r[0]["text"] for r in results[:200]] == [f"Item {n} is done" for n in range(200)]


def test_accepts_any_iterable() -> None:
    extractor = whosaid.Extractor()
    expected = extractor.extract_many(TEXTS[:10])
    assert extractor.extract_many(tuple(TEXTS[:10])) == expected
    assert extractor.extract_many(t for t in TEXTS[:10]) == expected
    assert extractor.extract_many(iter(TEXTS[:10]), jobs=2) == expected
    assert extractor.extract_many([]) == []


def test_none_raises_type_error_with_index() -> None:
    texts = ["a", "b", "c", None, "e"]
    with pytest.raises(TypeError, match=r"item 3: expected str, got NoneType"):
        whosaid.Extractor().extract_many(texts)


def test_first_bad_item_is_reported() -> None:
    with pytest.raises(TypeError, match=r"item 1: expected str, got int"):
        whosaid.Extractor().extract_many(["a", 5, None])


def test_skip_gives_error_entries_in_place() -> None:
    texts = [TEXTS[0], None, TEXTS[1], 42, "x\ud800", TEXTS[2]]
    extractor = whosaid.Extractor()
    results = extractor.extract_many(texts, errors="skip", jobs=2)
    assert len(results) == len(texts)
    assert results[0] == extractor.extract(TEXTS[0])
    assert results[1] == {"error": "item 1: expected str, got NoneType"}
    assert results[2] == extractor.extract(TEXTS[1])
    assert results[3] == {"error": "item 3: expected str, got int"}
    assert isinstance(results[4], dict)
    assert results[4]["error"].startswith("item 4: ")
    assert "surrogates not allowed" in results[4]["error"]
    assert results[5] == extractor.extract(TEXTS[2])


def test_lone_surrogate_raises_value_error_with_index() -> None:
    with pytest.raises(ValueError, match=r"item 1: .*surrogates") as info:
        whosaid.Extractor().extract_many(["fine", "bad \udc80"])
    assert isinstance(info.value.__cause__, UnicodeEncodeError)


@pytest.mark.parametrize("texts", ["a single string", 7, None])
def test_texts_must_be_an_iterable_of_str(texts: object) -> None:
    with pytest.raises(TypeError, match="texts must be an iterable of str"):
        whosaid.Extractor().extract_many(texts)  # type: ignore[arg-type]


def test_bad_arguments() -> None:
    extractor = whosaid.Extractor()
    with pytest.raises(ValueError, match="errors must be"):
        extractor.extract_many(["a"], errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        extractor.extract_many(["a"], jobs=0)
    with pytest.raises((OverflowError, TypeError, ValueError)):
        extractor.extract_many(["a"], jobs=-1)


def test_pandas_series_input() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed")
    series = pd.Series(TEXTS[:5], index=[10, 11, 12, 13, 14])
    extractor = whosaid.Extractor()
    assert extractor.extract_many(series) == extractor.extract_many(TEXTS[:5])
