"""Shared fixtures: the repository's paths, the release CLI and the dev split.

Environment:

- ``WHOSAID_CLI``: the ``whosaid`` binary to compare with. When unset, the
  release build under ``$CARGO_TARGET_DIR`` or ``<repo>/target`` is used if
  present, else the comparisons are skipped. When set, it must exist.
- ``WHOSAID_CORPUS``: the PolNeAR dev split (default
  ``<repo>/../shared/corpus/polnear/dev.jsonl``); the corpus tests skip when
  it is absent. The corpus is licensed news: it is read here, never copied.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "fixtures" / "sputnik_lavrov.txt"
DEV = Path(
    os.environ.get("WHOSAID_CORPUS", REPO.parent / "shared" / "corpus" / "polnear" / "dev.jsonl")
)


def _cli_path() -> Path | None:
    explicit = os.environ.get("WHOSAID_CLI")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise FileNotFoundError(f"WHOSAID_CLI={explicit} does not exist")
        return path
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    path = target / "release" / "whosaid"
    return path if path.is_file() else None


@pytest.fixture(scope="session")
def cli() -> Path:
    """The release ``whosaid`` binary (skips when there is none)."""
    path = _cli_path()
    if path is None:
        pytest.skip(
            "no whosaid CLI: build it with `cargo build --release -p whosaid-cli` "
            "or set WHOSAID_CLI"
        )
    return path


def run_cli(cli: Path, *args: str | Path) -> list[dict[str, Any]]:
    """Runs the CLI with JSON Lines output and returns its records."""
    out = subprocess.run(
        [str(cli), "--quiet", "--format", "jsonl", *map(str, args)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def dev_articles() -> list[dict[str, Any]]:
    """The dev split's articles (id and text only); skips when absent."""
    if not DEV.is_file():
        pytest.skip(f"corpus absent: {DEV} (the PolNeAR dev split in ../shared)")
    with DEV.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [{"id": r["id"], "text": r["text"]} for r in rows]


@pytest.fixture(scope="session")
def dev_cli(cli: Path, dev_articles: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The CLI's quotes (byte offsets, as printed) per dev article id."""
    records = run_cli(cli, "--jsonl", DEV)
    assert all("error" not in r for r in records), [r for r in records if "error" in r]
    return {r["id"]: r["quotes"] for r in records}


@pytest.fixture(scope="session")
def dev_cli_indirect(
    cli: Path, dev_articles: list[dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """The CLI's quotes with ``--indirect`` per dev article id."""
    records = run_cli(cli, "--jsonl", "--indirect", DEV)
    return {r["id"]: r["quotes"] for r in records}
