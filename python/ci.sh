#!/usr/bin/env bash
# CI for the Python package: builds the wheel with maturin, installs it into a
# fresh virtualenv, builds the release CLI the parity tests compare with, and
# runs the pytest suite (including the Spark local[2] test when Java is here).
#
#   bash python/ci.sh            # from anywhere; uses python3 on PATH
#
# Honours CARGO_TARGET_DIR (default: the workspace's target/) and PYTHON.
# Needs: Rust toolchain, Python >= 3.11 with venv, PyPI reachable; Java 17 for
# the Spark test (skipped with a message without it). The corpus tests read
# ../shared/corpus/polnear/dev.jsonl and skip when it is absent.
set -euo pipefail

cd "$(dirname "$0")/.."
REPO=$(pwd)
PYTHON=${PYTHON:-python3}
START=$SECONDS

step() {
    printf '\n==== %s (%ds) ====\n' "$*" "$((SECONDS - START))"
}

WORK=$(mktemp -d -t whosaid-py-ci.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

step "virtualenv in $WORK"
"$PYTHON" -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
"$VPY" --version
"$VPY" -m pip install --quiet --disable-pip-version-check --upgrade pip

step "test dependencies"
"$VPY" -m pip install --quiet --disable-pip-version-check \
    "maturin==1.16.0" "pytest==9.2.0" "pandas==2.3.3" "pyarrow==26.0.1" "pyspark==4.3.0" \
    "ruff==0.17.6" "mypy==2.4.1" "pandas-stubs==2.3.3.260113"

step "ruff check, ruff format --check"
(
    cd "$REPO/python"
    "$WORK/venv/bin/ruff" check --no-cache python tests bench
    "$WORK/venv/bin/ruff" format --no-cache --check python tests bench
)

step "pip install ./python (maturin wheel, release)"
"$VPY" -m pip install --disable-pip-version-check "$REPO/python"
"$VPY" -c 'import whosaid; print("whosaid", whosaid.__version__, whosaid.__file__)'
step "mypy --strict on the installed package (with the native stubs)"
(cd "$WORK" && "$WORK/venv/bin/mypy" --strict -p whosaid)

step "cargo build --release -p whosaid-cli"
cargo build --release -p whosaid-cli
TARGET_DIR=${CARGO_TARGET_DIR:-$(cargo metadata --format-version 1 --no-deps |
    "$VPY" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')}
export WHOSAID_CLI="$TARGET_DIR/release/whosaid"
"$WHOSAID_CLI" --version

if command -v java >/dev/null 2>&1 || [ -n "${JAVA_HOME:-}" ]; then
    java -version 2>&1 | head -n 1 || true
else
    echo "note: no Java, the Spark tests will be skipped"
fi

step "pytest"
# From python/tests' parent, so the installed wheel is what gets imported.
cd "$REPO/python"
PYTHONDONTWRITEBYTECODE=1 "$VPY" -m pytest -ra -p no:cacheprovider tests

step "done"
