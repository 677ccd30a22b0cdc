-- wrk script for bench/send-cpu/run.sh: POST chat messages round robin over the "TOKEN CONVERSATION_ID" lines of $PAIRS;
-- prints the request count as well as the rates (run.sh divides CPU by the messages stored).
local pairs_ = {}
for line in io.lines(os.getenv("PAIRS")) do
  local t, c = line:match("^(%S+)%s+(%S+)$")
  if t then pairs_[#pairs_ + 1] = { t, c } end
end
local n, k = 0, 0
init = function(args) k = math.random(#pairs_) end
request = function()
  n = n + 1; k = k % #pairs_ + 1
  local p = pairs_[k]
  return wrk.format("POST", "/api/v1/chat/conversations/" .. p[2] .. "/messages",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. p[1] },
    '{"content":"benchmark message number ' .. n .. ' with a little text"}')
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT n=%d rps=%.0f p50=%.2f p99=%.2f errors=%d non2xx=%d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
