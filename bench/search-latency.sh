#!/usr/bin/env bash
# Search latency at library scale (see src/test/java/org/openimr/library/bench/SearchBenchmark.java).
# Fills target/bench-pg with 200,000 letters the first time (kept for later runs), then prints p50/p95/p99 of
# 500 text searches with two facet filters beside the same searches without filters.
#   bench/search-latency.sh [-Dbench.letters=200000] [-Dbench.queries=500]
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -ntp -q verify -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true "$@"
