#!/usr/bin/env bash
# Parse throughput of 'openimr letters parse' against 'pdftotext -layout' over the same >= 1000 PDFs, in one run.
#   bench/parse-throughput.sh [COPIES]   (default 16: the 64 real letters x 16 = 1024 files, as symlinks)
# Prints both wall times and the ratio (goal: openimr <= 1.5x pdftotext). The JVM start is included. pdftotext is
# timed twice: one file after the other, and as many at a time as there are processors (openimr parses in parallel
# too); the ratio against the parallel run is the stricter one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$here/../shared/corpus/fdl-2016-2017"
copies="${1:-16}"

command -v pdftotext >/dev/null || { echo "pdftotext (poppler-utils) is not installed" >&2; exit 2; }
[ -d "$corpus" ] || { echo "the real letters are absent ($corpus)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
n=0
for ((c = 1; c <= copies; c++)); do
  for pdf in "$corpus"/*.pdf; do
    n=$((n + 1))
    ln -s "$(cd "$(dirname "$pdf")" && pwd)/$(basename "$pdf")" "$work/$(printf 'letter-%05d.pdf' "$n")"
  done
done

"$here/openimr" --version >/dev/null   # builds target/openimr.jar first if it is stale: not part of the timing

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

t0=$(now)
"$here/openimr" letters parse "$work" >"$work.jsonl"
t1=$(now)
for f in "$work"/*.pdf; do pdftotext -layout "$f" -; done >/dev/null
t2=$(now)
find "$work" -name '*.pdf' -print0 | sort -z \
  | xargs -0 -P "$(nproc)" -n 32 sh -c 'for f; do pdftotext -layout "$f" -; done' _ >/dev/null
t3=$(now)

lines=$(wc -l <"$work.jsonl")
rm -f "$work.jsonl"
[ "$lines" -eq "$n" ] || { echo "openimr printed $lines letters for $n files" >&2; exit 1; }

openimr_s=$(elapsed "$t0" "$t1")
seq_s=$(elapsed "$t1" "$t2")
par_s=$(elapsed "$t2" "$t3")
printf 'files:                                   %d (%d processors, load average %s)\n' "$n" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
printf 'openimr letters parse (JSON, parallel):  %6.2f s\n' "$openimr_s"
printf 'pdftotext -layout, one after the other:  %6.2f s   ratio openimr/pdftotext %.2f\n' "$seq_s" "$(echo "$openimr_s / $seq_s" | bc -l)"
printf 'pdftotext -layout, %d at a time:          %6.2f s   ratio openimr/pdftotext %.2f (goal <= 1.5)\n' \
  "$(nproc)" "$par_s" "$(echo "$openimr_s / $par_s" | bc -l)"
