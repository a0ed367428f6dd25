-- The load benchmark's wrk script (see ../BENCHMARK.md); LoadBenchmark runs it, one wrk run per case.
--
-- WRK_MODE    get: each request reads the next path of WRK_TARGETS, round robin;
--             put: each request updates a partnership with the If-Match of its current version
-- WRK_TARGETS a file, one target per line: "path" (get) or "path version" (put)
-- WRK_THREADS wrk's -t; for put, thread n takes the lines n, n + t, n + 2t, ...: no two threads share a target
--             (for get, every thread reads every line, starting at its own)
-- WRK_AUTH    the Authorization header, if any
-- WRK_BODY    the body of each put
--
-- An update changes the partnership's ETag. A thread keeps the targets ready for their next update in a queue: a
-- request takes one from the front, and its 200 answer (the body names the id, the ETag the new version) puts it at
-- the back. A target is never in flight twice, so every If-Match is current unless something else writes. If a put
-- fails, its target is lost; only if the queue ran empty would a request reuse a target it does not know the version
-- of ("reused" in the result; a 412 then is counted as what it is, not a success).
--
-- done() prints one line, RESULT {json}: the counts by status, wrk's errors, and latency p50/p99 in microseconds.

local threads = {}
local count = 0

function setup(thread)
   thread:set("index", count)
   count = count + 1
   table.insert(threads, thread)
end

statuses = {}
reused = 0
local mode, auth, body
local targets, by_id, queue = {}, {}, {}
local head, tail, turn = 1, 0, 1

function init(args)
   mode = os.getenv("WRK_MODE") or "get"
   auth = os.getenv("WRK_AUTH")
   body = os.getenv("WRK_BODY")
   local n = tonumber(os.getenv("WRK_THREADS") or "1")
   local i = 0
   for line in io.lines(os.getenv("WRK_TARGETS")) do
      if mode == "get" or i % n == index then
         local path, version = line:match("^(%S+)%s*(%S*)$")
         local t = { path = path, version = version }
         table.insert(targets, t)
         local id = path:match("partnerships/([%w%-]+)/")
         if id then by_id[id] = t end
         tail = tail + 1
         queue[tail] = t
      end
      i = i + 1
   end
   turn = (index % #targets) + 1
end

local function headers()
   local h = {}
   if auth and auth ~= "" then h["Authorization"] = auth end
   return h
end

function request()
   if mode == "get" then
      local t = targets[turn]
      turn = turn % #targets + 1
      return wrk.format("GET", t.path, headers())
   end
   local t
   if head <= tail then
      t = queue[head]
      queue[head] = nil
      head = head + 1
   else
      t = targets[turn]
      turn = turn % #targets + 1
      reused = reused + 1
   end
   local h = headers()
   h["If-Match"] = '"' .. t.version .. '"'
   h["Content-Type"] = "application/json"
   return wrk.format("PUT", t.path, h, body)
end

function response(status, hs, b)
   statuses[status] = (statuses[status] or 0) + 1
   if mode == "put" and status == 200 then
      local id = b:match('"id"%s*:%s*"([%w%-]+)"')
      local etag = hs["ETag"] or hs["Etag"] or hs["etag"]
      local t = id and by_id[id]
      if t and etag then
         t.version = etag:match("%d+")
         tail = tail + 1
         queue[tail] = t
      end
   end
end

function done(summary, latency, requests)
   local all, reuses = {}, 0
   for _, thread in ipairs(threads) do
      for status, n in pairs(thread:get("statuses")) do
         all[status] = (all[status] or 0) + n
      end
      reuses = reuses + thread:get("reused")
   end
   local parts = {}
   for status, n in pairs(all) do
      table.insert(parts, string.format('"%d":%d', status, n))
   end
   local e = summary.errors
   io.write(string.format('RESULT {"requests":%d,"durationMicros":%d,"p50Micros":%d,"p99Micros":%d,'
         .. '"meanMicros":%.1f,"maxMicros":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,'
         .. '"timeouts":%d,"reused":%d,"statuses":{%s}}\n',
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
      latency.max, e.connect, e.read, e.write, e.timeout, reuses, table.concat(parts, ",")))
end
