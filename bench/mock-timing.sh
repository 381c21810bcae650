#!/usr/bin/env bash
# Prints MockServer start, reset and close times and the memory held after a load of sends
# (journal capped at 1000). Usage: bash bench/mock-timing.sh [SENDS]   (default 40000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx512m -cp "target/classes:$(cat target/bench.classpath)" bench/MockTiming.java "${1:-40000}"
