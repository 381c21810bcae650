# Shared by the bench scripts (sourced, not run): the demo 容联云 credentials, signing with md5sum and
# base64 as the vendor's docs describe, free ports, starting and stopping a server, the machine's facts.
ID=aaf98f8952f7367a0153084e29b80d9c
TOKEN=c7e4f5a9b3d24e1f8a6b0c2d4e6f8a1b
APP=8aaf07085f5c54cf015f5c8ca1ab0001
KIT_JAR=${KIT_JAR:-target/mplus-tck.jar}  # another build to compare: KIT_JAR=/tmp/old.jar bash bench/…
STOCK_JAR=target/stock-wiremock/wiremock-standalone.jar
PUSH_PATH=/2013-12-26/Accounts/$ID/IM/PushMsg

stamp() { TZ=Asia/Shanghai date -d "${1:-now}" +%Y%m%d%H%M%S; }
sig() { printf '%s' "$ID$TOKEN$1" | md5sum | cut -d' ' -f1 | tr a-f A-F; }
auth() { printf '%s' "$ID:$1" | base64 -w0; }

# need FILE… : exits 2 unless each built file exists (the scripts build nothing).
need() {
  for f in "$@"; do
    [ -f "$f" ] || { echo "missing $f: build first with  mvn -B -DskipTests package" >&2; exit 2; }
  done
}

# A TCP port nothing on 127.0.0.1 listens on now.
free_port() {
  local p
  while :; do
    p=$((10000 + RANDOM % 20000))  # below the ephemeral range, where clients' sockets live
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

# wait_200 URL SECONDS : polls until URL answers 200; exit 1 after SECONDS.
wait_200() {
  local until=$((SECONDS + $2))
  while [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" != 200 ]; do
    [ $SECONDS -lt "$until" ] || { echo "no 200 from $1 within $2 s" >&2; return 1; }
    sleep 0.05
  done
}

# stop PID : ends a server this script started, and waits for it.
stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# wrk_errors FILE… : the non-2xx answers and socket errors the wrk outputs report, summed.
wrk_errors() {
  awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); s += $4 + $6 + $8 + $10 }
       END { printf "non-2xx %d, socket errors %d", n, s }' "$@"
}

# cpu_ms PID : the CPU time (user + system) the process has used so far, in ms.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

machine() {
  echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)," \
    "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo) GB RAM," \
    "$(java -version 2>&1 | head -1); load average now $(cut -d' ' -f1-3 /proc/loadavg)"
}

# stock_root DIR : a WireMock root with one static stub answering a PushMsg as the mock answers success.
stock_root() {
  mkdir -p "$1/mappings" "$1/__files"
  cat >"$1/mappings/push-msg.json" <<'JSON'
{
  "request": { "method": "POST", "urlPathPattern": "/2013-12-26/(Accounts|Application)/[^/]+/IM/PushMsg" },
  "response": { "status": 200, "headers": { "Content-Type": "application/json;charset=utf-8" },
                "body": "{\"statusCode\":\"000000\",\"statusMsg\":\"success\"}" }
}
JSON
}

# sign_push : sets TS, PUSH_QUERY (?sig=…), PUSH_AUTH and PUSH_BODY for a push to lisi, valid 24 h from now.
sign_push() {
  TS=$(stamp)
  PUSH_QUERY="?sig=$(sig "$TS")"
  PUSH_AUTH=$(auth "$TS")
  PUSH_BODY="{\"pushType\":\"1\",\"appId\":\"$APP\",\"sender\":\"zhangsan\",\"receiver\":[\"lisi\"],\"msgType\":\"1\",\"msgContent\":\"你好，李四\"}"
  export PUSH_AUTH PUSH_BODY
}

# check_push BASE : one signed push with curl; exit 1 unless the answer is 000000.
check_push() {
  local answer
  answer=$(curl -sS -H "Authorization: $PUSH_AUTH" -H 'Content-Type: application/json;charset=utf-8' \
    --data-binary "$PUSH_BODY" "$1$PUSH_PATH$PUSH_QUERY")
  echo "  sample push -> $answer"
  case $answer in *'"statusCode":"000000"'*) ;; *) echo "  not accepted: stopping" >&2; return 1 ;; esac
}
