#!/usr/bin/env bash
# Parse throughput of 'openimr letters parse' against 'pdftotext -layout' over the same >= 1000 PDFs, in one run.
#   bench/parse-throughput.sh [COPIES]   (default 16: the 64 real letters x 16 = 1024 files, as symlinks)
# Prints wall and CPU times and the ratios (goal: openimr <= 1.5x pdftotext). The JVM start is included. pdftotext is
# timed twice: one file after the other, and as many at a time as there are processors (openimr parses in parallel
# too). On a machine shared with other work the wall times vary from run to run; the CPU times much less.
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
load="$(cut -d' ' -f1 /proc/loadavg)"

# each phase runs under /usr/bin/time: wall seconds and CPU seconds (user + system, children included); on a shared
# machine the CPU figure is the steadier of the two
measure() { /usr/bin/time -f '%e %U %S' -o "$work.time" "$@"; read -r wall user sys <"$work.time"; echo "$wall $(echo "$user + $sys" | bc)"; }
command -v /usr/bin/time >/dev/null 2>&1 || [ -x /usr/bin/time ] || { echo "/usr/bin/time (package time) is needed" >&2; exit 2; }

read -r openimr_wall openimr_cpu < <(measure bash -c '"$0" letters parse "$1" >"$1.jsonl"' "$here/openimr" "$work")
read -r seq_wall seq_cpu < <(measure bash -c 'for f in "$0"/*.pdf; do pdftotext -layout "$f" -; done >/dev/null' "$work")
read -r par_wall par_cpu < <(measure bash -c 'find "$0" -name "*.pdf" -print0 | sort -z \
  | xargs -0 -P "$(nproc)" -n 32 sh -c '"'"'for f; do pdftotext -layout "$f" -; done'"'"' _ >/dev/null' "$work")

lines=$(wc -l <"$work.jsonl")
rm -f "$work.jsonl" "$work.time"
[ "$lines" -eq "$n" ] || { echo "openimr printed $lines letters for $n files" >&2; exit 1; }

ratio() { echo "$1 / $2" | bc -l; }
printf 'files: %d, processors: %d, load average before: %s\n' "$n" "$(nproc)" "$load"
printf '%-42s %8s %8s %14s %14s\n' '' 'wall s' 'CPU s' 'wall ratio' 'CPU ratio'
printf '%-42s %8.2f %8.2f\n' 'openimr letters parse (parallel, JSON)' "$openimr_wall" "$openimr_cpu"
printf '%-42s %8.2f %8.2f %14.2f %14.2f\n' 'pdftotext -layout, one after the other' "$seq_wall" "$seq_cpu" \
  "$(ratio "$openimr_wall" "$seq_wall")" "$(ratio "$openimr_cpu" "$seq_cpu")"
printf '%-42s %8.2f %8.2f %14.2f %14.2f\n' "pdftotext -layout, $(nproc) at a time" "$par_wall" "$par_cpu" \
  "$(ratio "$openimr_wall" "$par_wall")" "$(ratio "$openimr_cpu" "$par_cpu")"
echo "ratio = openimr / pdftotext (goal: <= 1.5)"
