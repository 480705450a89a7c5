#!/usr/bin/env bash
# Benchmarks the whole revenue cycle against a running stack (deploy/run.sh, or an external one given by options).
# Usage: deploy/bench.sh [--no-build] [--encounters=N] [--rate=N] [--remit-format=x12|json] [...]; --help lists all.
# Exit code 0 on PASS, 1 on FAIL (something lost, doubled or out of balance), 2 on bad options or no stack.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=true
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then
    build=false
  else
    args+=("$arg")
  fi
done

jar=deploy/bench/target/rcm-bench.jar
if [[ "$build" == true || ! -f "$jar" ]]; then
  ./mvnw -q -DskipTests -pl deploy/bench -am package
fi

# The bench shares the machine with the stack: a small heap, and the same JVM as the services.
exec java -Xmx512m -jar "$jar" "${args[@]+"${args[@]}"}"
