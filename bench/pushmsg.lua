-- wrk script: the same pre-signed 容联云 PushMsg on every request (bench/lib.sh sign_push exports it).
-- Counts answers that are not HTTP 200 with statusCode 000000, and those that are; TCK_BUDGET > 0 stops after that many
-- answers in all (split over the threads).
wrk.method = "POST"
wrk.body = os.getenv("PUSH_BODY")
wrk.headers["Authorization"] = os.getenv("PUSH_AUTH")
wrk.headers["Content-Type"] = "application/json;charset=utf-8"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  refused = 0
  answered = 0
  local budget = tonumber(os.getenv("TCK_BUDGET") or "0")
  share = budget > 0 and math.ceil(budget / tonumber(os.getenv("TCK_THREADS") or "2")) or 0
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 or not string.find(body, '"statusCode":"000000"', 1, true) then
    refused = refused + 1
  end
  if share > 0 and answered >= share then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local bad, all = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("refused")
    all = all + t:get("answered")
  end
  io.write(string.format("answers not 200 + 000000: %d\n", bad))
  io.write(string.format("answers 200 + 000000: %d\n", all - bad))
end
