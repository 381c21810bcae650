#!/usr/bin/env bash
# Signs a 容联云 PushMsg with md5sum and base64, as the vendor's docs describe, and sends it to a running
# `serve` (default http://127.0.0.1:8080); then sends the refusals the issue names. Prints what it sends
# and what it gets. Exit 1 if any answer is not the expected kind.
#   java -jar target/mplus-tck.jar serve &   bash bench/curl-pushmsg.sh [BASE_URL]
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
. "$(dirname "$0")/lib.sh"
failed=0

body() { printf '{"pushType":"%s","appId":"%s","sender":"zhangsan","receiver":%s,"msgType":"1","msgContent":"%s"}' "$1" "$APP" "$2" "$3"; }

# push WHAT EXPECT TIMESTAMP SIG BODY
push() {
  local what=$1 expect=$2 ts=$3 s=$4 data=$5
  local url="$BASE/2013-12-26/Accounts/$ID/IM/PushMsg?sig=$s"
  echo "== $what"
  echo "   POST $url"
  echo "   Authorization: $(auth "$ts")   (base64 of $ID:$ts)"
  echo "   body: $data"
  local answer
  answer=$(curl -sS -H "Accept: application/json" -H "Content-Type: application/json;charset=utf-8" \
    -H "Authorization: $(auth "$ts")" --data-binary "$data" "$url")
  echo "   -> $answer"
  local code
  code=$(printf '%s' "$answer" | sed -n 's/.*"statusCode":"\([0-9]*\)".*/\1/p')
  if { [ "$expect" = ok ] && [ "$code" != 000000 ]; } || { [ "$expect" = refused ] && { [ -z "$code" ] || [ "$code" = 000000 ]; }; }; then
    echo "   UNEXPECTED: wanted $expect"; failed=1
  fi
}

TS=$(stamp)
OLD=$(stamp "25 hours ago")
echo "sig = MD5($ID + $TOKEN + $TS) = $(sig "$TS")"
push "signed push to lisi" ok "$TS" "$(sig "$TS")" "$(body 1 '["lisi"]' '你好，李四')"
push "wrong sig" refused "$TS" "0123456789ABCDEF0123456789ABCDEF" "$(body 1 '["lisi"]' 'x')"
push "expired timestamp (25 h ago)" refused "$OLD" "$(sig "$OLD")" "$(body 1 '["lisi"]' 'x')"
push "unknown receiver" refused "$TS" "$(sig "$TS")" "$(body 1 '["nobody"]' 'x')"
push "group push with two receivers" refused "$TS" "$(sig "$TS")" "$(body 2 '["gg800895384","lisi"]' 'x')"
push "malformed JSON" refused "$TS" "$(sig "$TS")" '{"pushType":"1",'
push "empty content" refused "$TS" "$(sig "$TS")" "$(body 1 '["lisi"]' '')"
echo "== delivered so far: $(curl -sS "$BASE/__admin/tck/deliveries" | grep -o '"seq"' | wc -l)"
exit $failed
