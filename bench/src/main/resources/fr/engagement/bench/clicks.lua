-- wrk script of the redirect benchmark (RedirectBench): every request is a click of a distinct visitor, its own
-- address through X-Forwarded-For (the server trusts 127.0.0.1 as its proxy) and one of 500 browser builds, on one
-- of the announcer's missions, shown by the benchmark's broadcaster. Arguments: ids file, broadcaster, run number.
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  ids = {}
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  broadcaster = args[2]
  run = tonumber(args[3])
  sent = 0
  found = 0
  other = 0
end

function request()
  sent = sent + 1
  local i = sent
  local address = string.format("%d.%d.%d.%d", run, tid * 16 + math.floor(i / 65536) % 16,
    math.floor(i / 256) % 256, i % 256)
  local agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0."
    .. (i % 500) .. ".0 Safari/537.36"
  return wrk.format("GET", "/r/" .. ids[i % #ids + 1] .. "/" .. broadcaster,
    { ["User-Agent"] = agent, ["X-Forwarded-For"] = address })
end

function response(status, headers, body)
  if status == 302 then
    found = found + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local f, o = 0, 0
  for _, t in ipairs(threads) do
    f = f + t:get("found")
    o = o + t:get("other")
  end
  io.write(string.format("FOUND %d OTHER %d\n", f, o))
  io.write(string.format("LATENCY_MS %.2f %.2f %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
