-- wrk script for the queue benchmark: counts answers that are not the queue page (a 302 to the
-- login page would otherwise pass as a success) and prints the latency percentiles, p95 among them.
-- `wrk ... -s queue.lua -- THINK_MS`: each connection is a user who waits THINK_MS on average
-- (uniformly half to one and a half times it) before asking again; 0 (the default) asks at once.
-- Further arguments are session cookies ("JSESSIONID=..."): each request goes with one of them
-- at random, so the users are logged in as separate sessions.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  wrong = 0
  think = tonumber(args[1] or "0") or 0
  cookies = {}
  for i = 2, #args do
    table.insert(cookies, args[i])
  end
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0))
end

function request()
  if #cookies == 0 then
    return wrk.format()
  end
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  headers["Cookie"] = cookies[math.random(#cookies)]
  return wrk.format(nil, nil, headers)
end

function delay()
  if think <= 0 then
    return 0
  end
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end

function response(status, headers, body)
  if status ~= 200 or not body:find("queueForm", 1, true) then
    wrong = wrong + 1
  end
end

function done(summary, latency, requests)
  local wrongAnswers = 0
  for _, thread in ipairs(threads) do
    wrongAnswers = wrongAnswers + thread:get("wrong")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("BENCHMARK queue requests: %d in %.1f s (%.1f/s), not the queue page: %d, socket errors: %d\n",
    summary.requests, seconds, summary.requests / seconds, wrongAnswers,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("BENCHMARK queue latency ms: mean %.1f, p50 %.1f, p90 %.1f, p95 %.1f, p99 %.1f, max %.1f\n",
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
