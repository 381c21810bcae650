#!/usr/bin/env bash
# `serve` cold start: from just before `java … -jar target/mplus-tck.jar serve --port P` starts to the first
# 200 on /__tck/client.json (curl polling in a tight loop), RUNS times (default 5), median; for each set of
# JVM flags in turn: none; -XX:TieredStopAtLevel=1 (C1 only: less compiling at start, lower peak speed);
# an AppCDS archive of serve's classes (made first, in a temp dir, by one serve run with
# -XX:ArchiveClassesAtExit); both. Then `serve --proxy` (the vendors' proxy: its first start makes the kit's CA, in
# a temp settings folder; the others read it). Then, for scale, stock WireMock standalone on the same root to its first
# 200 on /__admin/health. Builds nothing:
#   mvn -B -DskipTests package && bash bench/serve-cold-start.sh [RUNS]
# Goal: <= 1.5 s.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-5}
need "$KIT_JAR" "$STOCK_JAR"
machine
tmp=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || stop "$pid"; rm -rf "$tmp"' EXIT

# first_200 FLAGS… : starts serve once with the flags and prints the ms to its first 200.
first_200() {
  local port t0 path=__tck/client.json
  port=$(free_port)
  t0=$(date +%s%N)
  if [ "${STOCK:-}" ]; then
    path=__admin/health
    java "$@" -jar "$STOCK_JAR" --port "$port" --root-dir mock-server >"$tmp/serve.log" 2>&1 &
  else
    MPLUS_TCK_HOME="$tmp/settings" java "$@" -jar "$KIT_JAR" serve --port "$port" ${PROXY:+--proxy} \
      >"$tmp/serve.log" 2>&1 &
  fi
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/$path")" = 200 ]; do
    sleep 0.01  # a tight loop of curls would take a core from the JVM it times
    kill -0 "$pid" 2>/dev/null || { echo "serve exited:" >&2; cat "$tmp/serve.log" >&2; exit 1; }
  done
  echo $((($(date +%s%N) - t0) / 1000000))
  stop "$pid"
  pid=
}

# measure LABEL FLAGS… : RUNS cold starts, each one and the median.
measure() {
  local label=$1 times=()
  shift
  for _ in $(seq "$RUNS"); do
    times+=("$(first_200 "$@")")
  done
  printf '%-44s %s ms; median %s ms\n' "$label" "${times[*]}" \
    "$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
}

first_200 -XX:ArchiveClassesAtExit="$tmp/serve.jsa" >/dev/null
[ -s "$tmp/serve.jsa" ] || { echo "no AppCDS archive was written" >&2; exit 1; }
echo "start to first 200 on /__tck/client.json, $RUNS runs each (goal <= 1500 ms):"
measure "java -jar … serve" -Xshare:auto
measure "java -XX:TieredStopAtLevel=1 -jar … serve" -XX:TieredStopAtLevel=1
measure "java -XX:SharedArchiveFile=serve.jsa -jar … serve" -XX:SharedArchiveFile="$tmp/serve.jsa"
measure "both" -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$tmp/serve.jsa"
echo "serve --proxy, first start (makes the CA): $(PROXY=1 first_200 -Xshare:auto) ms"
PROXY=1 measure "java -jar … serve --proxy" -Xshare:auto
STOCK=1 measure "stock WireMock, java -jar … --root-dir mock-server" -Xshare:auto
