-- wrk script of bench/hospital-load: counts responses other than 200 (wrk itself counts only 4xx and 5xx) and
-- prints one line with requests/s and the latency percentiles that `wrk --latency` leaves out (p95).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local others = 0
  for _, thread in ipairs(threads) do
    others = others + thread:get("not_ok")
  end
  local errors = summary.errors
  io.write(string.format(
    "result requests=%d seconds=%.3f rps=%.2f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f"
      .. " not_200=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3,
    others, errors.connect + errors.read + errors.write, errors.timeout))
end
