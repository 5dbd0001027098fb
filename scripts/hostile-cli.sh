#!/usr/bin/env bash
# The command line on a large, partly broken corpus (issue 7): a JSONL file
# of about 1 GB in which 1 % of the lines are broken must be processed
# completely, with exactly one output line per input line, and the output
# line of each broken input line must be an error that names that line.
#
#   scripts/hostile-cli.sh [SIZE_MB]     (default 1024)
#
# The articles are variations of tests/fixtures/sputnik_lavrov.txt (names,
# paragraph order and length changed per line), so no corpus is needed.
# The broken lines are of five kinds: truncated JSON, a JSON value that is
# not an object, no "text" field, a "text" that is a number, and invalid
# UTF-8 inside the text. Files go to $WORK (default /tmp/whosaid-hostile-cli);
# the release binary is built into $CARGO_TARGET_DIR (default
# /tmp/whosaid-hostile-cli/target). Reports wall time, MB/s and peak RSS.
set -euo pipefail

cd "$(dirname "$0")/.."
size_mb="${1:-1024}"
work="${WORK:-/tmp/whosaid-hostile-cli}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$work/target}"
mkdir -p "$work"
input="$work/corpus.jsonl"
output="$work/out.jsonl"
broken="$work/broken.txt"

cargo build --release --quiet -p whosaid-cli
bin="$CARGO_TARGET_DIR/release/whosaid"

python3 - "$input" "$broken" "$size_mb" tests/fixtures/sputnik_lavrov.txt <<'EOF'
import json, random, sys

path, broken_path, size_mb, sample = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
rng = random.Random(7)
paragraphs = open(sample, encoding="utf-8").read().split("\n")
names = ["Sergey Lavrov", "Ana Ruiz", "Dana Holt", "Lee Park", "Maria Lopez"]
target = size_mb << 20
written = 0
line = 0
with open(path, "wb") as out, open(broken_path, "w") as bad:
    while written < target:
        line += 1
        # An article: a random window of the sample's paragraphs, shuffled a
        # little, with the main speaker renamed.
        start = rng.randrange(len(paragraphs))
        body = paragraphs[start:] + paragraphs[:start]
        body = body[: rng.randrange(5, len(body) + 1)]
        if rng.random() < 0.3:
            rng.shuffle(body)
        text = "\n".join(body).replace("Sergey Lavrov", rng.choice(names))
        record = json.dumps({"id": f"a{line}", "text": text}, ensure_ascii=False).encode()
        if rng.random() < 0.01:
            kind = rng.randrange(5)
            if kind == 0:
                record = record[: rng.randrange(1, len(record) - 1)]
            elif kind == 1:
                record = b"[1, 2, 3]"
            elif kind == 2:
                record = json.dumps({"id": f"a{line}", "body": text}).encode()
            elif kind == 3:
                record = json.dumps({"id": f"a{line}", "text": 42}).encode()
            else:
                cut = record.index(b'"text": "') + 12
                record = record[:cut] + b"\xff\xfe" + record[cut:]
            # Truncation can leave a valid prefix only by accident (never
            # here: the object's closing brace is gone), so every one is an
            # error.
            bad.write(f"{line}\n")
        out.write(record + b"\n")
        written += len(record) + 1
print(f"generated {line} lines, {written / 2**20:.0f} MB", file=sys.stderr)
EOF

lines=$(wc -l < "$input")
bytes=$(stat -c %s "$input")
/usr/bin/time -v -o "$work/time.txt" "$bin" --jsonl --quiet "$input" > "$output" 2> "$work/stderr.txt" || status=$?
echo "exit status: ${status:-0} (1 expected: some lines are errors); $(wc -l < "$work/stderr.txt") error lines on stderr"

python3 - "$output" "$broken" "$lines" <<'EOF'
import json, sys

output, broken_path, lines = sys.argv[1], sys.argv[2], int(sys.argv[3])
broken = {int(n) for n in open(broken_path)}
seen = 0
problems = 0
with open(output, "rb") as f:
    for n, raw in enumerate(f, start=1):
        seen = n
        record = json.loads(raw)
        if n in broken:
            error = record.get("error", "")
            if not error.startswith(f"line {n}: "):
                problems += 1
                print(f"line {n}: expected an error naming the line, got {raw[:200]!r}")
        elif "quotes" not in record:
            problems += 1
            print(f"line {n}: expected quotes, got {raw[:200]!r}")
if seen != lines:
    problems += 1
    print(f"{seen} output lines for {lines} input lines")
print(f"{lines} lines in, {seen} out, {len(broken)} broken, {problems} problems")
sys.exit(1 if problems else 0)
EOF

wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
echo "wall ${wall}, $(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.1f", b / 1048576 / s }') MB/s, peak RSS $((rss / 1024)) MB"
