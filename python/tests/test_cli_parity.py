"""The Python package gives the CLI's results: same engine, offsets converted.

Runs the release ``whosaid`` binary (see conftest.py) on the sample article
and on the PolNeAR dev split, read from ../shared and never copied.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import SAMPLE, run_cli
from helpers import from_cli

import whosaid


def test_sample_article_equals_cli(cli: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    (record,) = run_cli(cli, SAMPLE)
    expected = [from_cli(text, q) for q in record["quotes"]]
    got = whosaid.extract_quotes(text)
    assert got == expected
    direct = [q for q in got if q["kind"] == "direct"]
    assert len(direct) >= 6
    assert {q["speaker"] for q in direct} == {"Sergey Lavrov"}


def _compare(
    articles: list[dict[str, Any]],
    cli_quotes: dict[str, list[dict[str, Any]]],
    results: list[Any],
) -> int:
    total = 0
    for article, quotes in zip(articles, results, strict=True):
        expected = [from_cli(article["text"], q) for q in cli_quotes[article["id"]]]
        assert quotes == expected, article["id"]
        total += len(quotes)
    return total


def test_dev_split_equals_cli(
    dev_articles: list[dict[str, Any]], dev_cli: dict[str, list[dict[str, Any]]]
) -> None:
    results = whosaid.Extractor().extract_many([a["text"] for a in dev_articles], jobs=2)
    total = _compare(dev_articles, dev_cli, results)
    assert total > 100  # the dev split has hundreds of quotations
    speakers = {q["speaker"] for quotes in results for q in quotes}
    topics = {q["topic"] for quotes in results for q in quotes}
    assert len(speakers) > 20 and len(topics) > 20


def test_dev_split_equals_cli_one_by_one(
    dev_articles: list[dict[str, Any]], dev_cli: dict[str, list[dict[str, Any]]]
) -> None:
    results = [whosaid.extract_quotes(a["text"]) for a in dev_articles]
    _compare(dev_articles, dev_cli, results)


def test_dev_split_indirect_equals_cli(
    dev_articles: list[dict[str, Any]], dev_cli_indirect: dict[str, list[dict[str, Any]]]
) -> None:
    extractor = whosaid.Extractor(indirect=True)
    results = extractor.extract_many([a["text"] for a in dev_articles])
    _compare(dev_articles, dev_cli_indirect, results)
    assert any(q["kind"] == "indirect" for quotes in results for q in quotes)
