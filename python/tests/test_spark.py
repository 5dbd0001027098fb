"""whosaid.spark on PySpark in local mode (local[2]) over the dev split.

Skips with a message when pyspark, pandas, pyarrow or Java is absent, or
when the corpus is absent.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import from_cli

pytest.importorskip("pandas", reason="pandas is not installed (needed by whosaid.spark)")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (needed by whosaid.spark)")
pytest.importorskip("pyspark", reason="pyspark is not installed")

import whosaid.spark


def _java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    if home and os.path.isfile(os.path.join(home, "bin", "java")):
        return os.path.join(home, "bin", "java")
    return shutil.which("java")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if _java() is None:
        pytest.skip("Java is absent (PySpark needs a JVM): set JAVA_HOME or put java on PATH")
    from pyspark.sql import SparkSession

    # Executors' Python is this interpreter, where whosaid is installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("whosaid-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


ROW_FIELDS = ("text", "speaker", "mention", "cue", "topic", "kind", "rule", "confidence")


def _expected_row(article_id: str, index: int, q: dict[str, Any]) -> tuple:
    def part(key: str, end: str) -> int | None:
        return None if q[key] is None else q[key][end]

    return (
        article_id,
        index,
        *(q[f] for f in ROW_FIELDS),
        part("span", "start"),
        part("span", "end"),
        part("speaker_span", "start"),
        part("speaker_span", "end"),
        part("cue_span", "start"),
        part("cue_span", "end"),
        part("byte_span", "start"),
        part("byte_span", "end"),
        part("byte_speaker_span", "start"),
        part("byte_speaker_span", "end"),
        part("byte_cue_span", "start"),
        part("byte_cue_span", "end"),
    )


def test_dev_split_rows_equal_cli(
    spark: Any,
    dev_articles: list[dict[str, Any]],
    dev_cli: dict[str, list[dict[str, Any]]],
) -> None:
    df = spark.createDataFrame(
        [(a["id"], a["text"]) for a in dev_articles], "id string, text string"
    ).repartition(6)
    quotes = whosaid.spark.extract(df, text_col="text", id_col="id")
    assert quotes.schema == whosaid.spark.quote_schema("id")
    rows = sorted(tuple(r) for r in quotes.collect())

    expected = sorted(
        _expected_row(a["id"], n, q)
        for a in dev_articles
        for n, q in enumerate(from_cli(a["text"], c) for c in dev_cli[a["id"]])
    )
    assert len(rows) == len(expected) > 100
    assert rows == expected


def test_ids_keep_their_type_and_nulls_have_no_quotes(spark: Any) -> None:
    df = spark.createDataFrame(
        [(1, '"Yes," Ada Park said.'), (2, None), (3, "Nothing.")], "n long, body string"
    )
    rows = whosaid.spark.extract(df, text_col="body", id_col="n", indirect=True).collect()
    assert [(r["n"], r["speaker"], r["quote_index"]) for r in rows] == [(1, "Ada Park", 0)]
    assert dict(whosaid.spark.extract(df, "body", id_col=None).dtypes)["text"] == "string"


def test_extractor_built_once_per_process(spark: Any) -> None:
    import pandas as pd

    options = {"indirect": False, "speech_verbs": ["yodelled"]}

    def report(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import os as worker_os

        import whosaid.spark as ws

        for batch in batches:
            for _ in range(len(batch)):  # as if once per row
                ws.cached_extractor(options)
            builds = ws._BUILDS[ws._key(options)]
            yield pd.DataFrame({"pid": [worker_os.getpid()], "builds": [builds]})

    df = spark.range(0, 400, numPartitions=8).selectExpr("cast(id as string) as text")
    rows = df.mapInPandas(report, "pid long, builds long").collect()
    assert len(rows) == 8
    assert all(r["builds"] == 1 for r in rows), rows


def test_bad_arguments_fail_on_the_driver(spark: Any) -> None:
    df = spark.createDataFrame([(1, "x")], "id long, text string")
    with pytest.raises(ValueError, match="no column 'body'"):
        whosaid.spark.extract(df, text_col="body")
    with pytest.raises(TypeError, match="string column"):
        whosaid.spark.extract(df, text_col="id", id_col=None)
    with pytest.raises(ValueError, match="max"):
        whosaid.spark.extract(df, max_quote_len=0)
