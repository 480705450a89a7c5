#!/usr/bin/env bash
# Runs the whole local stack (PostgreSQL, Kafka, code-service, claim-service, reimbursement-service, dashboard, and
# the payer simulator: an SFTP clearinghouse and a payer; --no-payer-simulator leaves it out)
# until Ctrl-C.
# Usage: deploy/run.sh [--no-build] [--reset] [--data-dir=PATH] [--kafka=HOST:PORT] [--postgres=jdbc:postgresql://HOST:PORT]
# Run with --help for every option. Needs only a JDK 17+: the Maven Wrapper fetches Maven.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=true
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then
    build=false
  elif [[ "$arg" == "--help" || "$arg" == "-h" ]]; then
    build=false
    args+=("$arg")
  else
    args+=("$arg")
  fi
done

if [[ "$build" == true ]]; then
  echo "Building all modules (./mvnw -q -DskipTests package); pass --no-build to skip..."
  ./mvnw -q -DskipTests package
fi

launcher=deploy/launcher/target/rcm-launcher.jar
if [[ ! -f "$launcher" ]]; then
  echo "run.sh: $launcher is missing; run without --no-build to build it" >&2
  exit 1
fi

# exec: Ctrl-C and SIGTERM reach the launcher itself, whose shutdown hook stops the services, Kafka and PostgreSQL.
exec java -jar "$launcher" "${args[@]+"${args[@]}"}"
