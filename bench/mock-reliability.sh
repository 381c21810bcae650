#!/usr/bin/env bash
# Whether `serve` keeps every message under load: MESSAGES signed 容联云 PushMsgs (default 128000), each with
# a text of its own, from CLIENTS concurrent clients (default 64, one connection each), then the store read
# back: messages lost (accepted but not stored), duplicated, and stored without being accepted; and how long
# the admin API took to answer during the load (bench/Reliability.java). The store is sized to keep them all.
# Builds nothing:
#   mvn -B -DskipTests package && bash bench/mock-reliability.sh [MESSAGES] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
MESSAGES=${1:-128000}
CLIENTS=${2:-64}
need "$KIT_JAR"
machine
port=$(free_port)
log=$(mktemp)
trap 'stop "${pid:-}"; rm -f "$log"' EXIT
java -Xmx512m -jar "$KIT_JAR" serve --port "$port" --store-cap $((MESSAGES + 1000)) >"$log" 2>&1 &
pid=$!
wait_200 "http://127.0.0.1:$port/__tck/client.json" 30
echo "serve (-Xmx512m, --store-cap $((MESSAGES + 1000))) on port $port; $MESSAGES messages, $CLIENTS clients"
java -cp "$KIT_JAR" bench/Reliability.java "http://127.0.0.1:$port" "$MESSAGES" "$CLIENTS" 2>&1 | grep -v '^SLF4J'
echo "serve resident after: $(rss_mb "$pid") MB"
