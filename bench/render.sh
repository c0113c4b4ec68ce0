#!/usr/bin/env bash
# Letter rendering benchmark: median and p95 per letter over 100 generated letters, XHTML only and XHTML to PDF,
# warm. Usage: bench/render.sh [letters] [warm-up passes] [measured passes]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openimr.letters.RenderBenchmark "$@"
