#!/usr/bin/env bash
# Runs a code-service benchmark main from src/test against an embedded PostgreSQL (needs ../shared/data).
# Usage: code-service/bench.sh CodeSearchBenchmark | SuggestionAccuracyBenchmark | IndexBenchmark
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
../mvnw -q test-compile
../mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
exec java -Djava.io.tmpdir=target/tmp -Drcm.shared.data="${RCM_SHARED_DATA:-../../shared/data}" \
  -cp "target/test-classes:target/classes:$(cat target/cp.txt)" "io.openrcm.code.bench.$1"
