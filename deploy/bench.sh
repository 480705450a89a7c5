#!/usr/bin/env bash
# Benchmarks the whole revenue cycle against a running stack (deploy/run.sh, or an external one given by options).
# Usage: deploy/bench.sh [--no-build] [--encounters=N] [--rate=N] [--remit-format=x12|json] [...]; --help lists all.
#        deploy/bench.sh --via-sftp: no remittance posted; the payer simulator of deploy/run.sh answers and pays
#        through SFTP, and the same figures and checks are printed from its 835 files.
#        deploy/bench.sh --chaos [--encounters=N] [--kills-per-service=N]: starts a stack of its own and breaks it
#        while the cycle runs (deploy/bench/README.md, "Chaos under load").
# Exit code 0 on PASS, 1 on FAIL (something lost, doubled or out of balance), 2 on bad options or no stack.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=true
chaos=false
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then
    build=false
  elif [[ "$arg" == "--chaos" || "$arg" == "--chaos=true" ]]; then
    chaos=true
    args+=("$arg")
  else
    args+=("$arg")
  fi
done

jar=deploy/bench/target/rcm-bench.jar
heap=-Xmx512m
if [[ "$chaos" == true ]]; then
  # The chaos run starts the services itself (their packaged jars) and hosts the broker in its own JVM.
  heap=-Xmx1g
  if [[ "$build" == true ]]; then
    ./mvnw -q -DskipTests package
  fi
elif [[ "$build" == true || ! -f "$jar" ]]; then
  ./mvnw -q -DskipTests -pl deploy/bench -am package
fi

# The bench shares the machine with the stack: a small heap, and the same JVM as the services.
exec java "$heap" -jar "$jar" "${args[@]+"${args[@]}"}"
