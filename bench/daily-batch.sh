#!/usr/bin/env bash
# The real daily assignment batch on the embedded PostgreSQL (see
# src/test/java/org/openimr/cases/bench/DailyBatchBenchmark.java): 300 reviewers, 1,000 ready cases per batch beside
# a 100-case baseline in the same run, each batch writing its events and conflict attestations.
#   bench/daily-batch.sh [rounds]      (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openimr.cases.bench.DailyBatchBenchmark "$@"
