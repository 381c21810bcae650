#!/usr/bin/env bash
# What the 容联云 checks (sig, Authorization, timestamp window, body, directory) cost per signed PushMsg,
# in thread CPU time, in-process (bench/VendorChecks.java, run from the built jar). A plain timing loop
# rather than JMH: no extra dependency, and CPU time stays steady on a shared machine where wall time does
# not. Builds nothing; KIT_JAR=another.jar measures another build:
#   mvn -B -DskipTests package && bash bench/vendor-checks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need "$KIT_JAR"
machine
echo "jar: $KIT_JAR"
java -Xms256m -Xmx1g -cp "$KIT_JAR" bench/VendorChecks.java 2>&1 | grep -v '^SLF4J\|^\[' || true
