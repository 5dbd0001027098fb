"""Throughput of whosaid from Python, the CLI and Spark local mode on one corpus.

    python python/bench/throughput.py [--corpus ../shared/corpus/polnear/dev.jsonl]
        [--repeat 5] [--runs 3] [--cli target/release/whosaid] [--no-spark]

The corpus (JSON Lines with "id" and "text") is repeated --repeat times so
that each timing is long enough to read; the best of --runs is reported as
articles/s and MB/s (MB = 10^6 bytes of UTF-8 article text). The repeated
corpus is written to a temporary file for the CLI and deleted afterwards.

- extract_many: Extractor().extract_many(texts, jobs=J), dicts included.
- extract loop: [extract_quotes(t) for t in texts], one thread.
- CLI: `whosaid --jsonl -j J -q FILE > /dev/null` (reading, JSON in and out).
- Spark: whosaid.spark.extract over a cached DataFrame in local[J], forced
  with the noop writer; session start-up is not timed.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import whosaid

REPO = Path(__file__).resolve().parents[2]


def best(runs: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def report(name: str, seconds: float, articles: int, nbytes: int) -> None:
    print(
        f"{name:<28} {seconds:8.3f} s  {articles / seconds:9.1f} articles/s"
        f"  {nbytes / seconds / 1e6:7.2f} MB/s",
        flush=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared/corpus/polnear/dev.jsonl")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cli", type=Path, default=None)
    ap.add_argument("--no-spark", action="store_true")
    args = ap.parse_args()

    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    rows = [{"id": f"{r['id']}#{k}", "text": r["text"]} for k in range(args.repeat) for r in rows]
    texts = [r["text"] for r in rows]
    n, nbytes = len(texts), sum(len(t.encode("utf-8")) for t in texts)
    print(
        f"corpus: {args.corpus.name} x{args.repeat}: {n} articles, {nbytes / 1e6:.2f} MB;"
        f" best of {args.runs}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )

    extractor = whosaid.Extractor()
    quotes = sum(len(q) for q in extractor.extract_many(texts))
    print(f"quotes: {quotes}")
    j = args.jobs
    cases: dict[str, Callable[[], object]] = {
        f"extract_many(jobs={j})": lambda: extractor.extract_many(texts, jobs=j),
        "extract_many(jobs=1)": lambda: extractor.extract_many(texts, jobs=1),
        "extract_quotes loop": lambda: [whosaid.extract_quotes(t) for t in texts],
    }
    with contextlib.ExitStack() as stack:
        cli = args.cli or Path(os.environ.get("WHOSAID_CLI", REPO / "target/release/whosaid"))
        if cli.is_file():
            f = stack.enter_context(
                tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8")
            )
            for r in rows:
                f.write(json.dumps(r) + "\n")
            f.flush()
            for jobs in (j, 1):
                cmd = [str(cli), "--jsonl", "-q", "-j", str(jobs), "-f", "jsonl", f.name]
                cases[f"CLI --jsonl -j {jobs}"] = functools.partial(
                    subprocess.run, cmd, check=True, stdout=subprocess.DEVNULL
                )
        else:
            print(f"CLI: {cli} not found (build with cargo build --release -p whosaid-cli)")
        # Round-robin, so that every case sees the same changes of load.
        times: dict[str, float] = {}
        for _ in range(args.runs):
            for name, fn in cases.items():
                times[name] = min(times.get(name, float("inf")), best(1, fn))
        for name, seconds in times.items():
            report(name, seconds, n, nbytes)

    if not args.no_spark:
        from pyspark.sql import SparkSession

        from whosaid import spark as whosaid_spark

        os.environ["PYSPARK_PYTHON"] = sys.executable
        spark = (
            SparkSession.builder.master(f"local[{j}]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        df = spark.createDataFrame([(r["id"], r["text"]) for r in rows], "id string, text string")
        df = df.repartition(2 * j).cache()
        df.count()
        out = whosaid_spark.extract(df)
        count = out.count()
        assert count == quotes, (count, quotes)
        run = lambda: out.write.format("noop").mode("overwrite").save()  # noqa: E731
        report(f"Spark local[{j}] mapInPandas", best(args.runs, run), n, nbytes)
        spark.stop()


if __name__ == "__main__":
    main()
