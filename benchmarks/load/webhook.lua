-- wrk script: signed mock-provider callbacks ("signature body" lines in CALLBACKS), split between threads;
-- past the end of the file they repeat, and the repeats measure the duplicate path
local lines = {}
for line in io.lines(os.getenv("CALLBACKS")) do lines[#lines + 1] = line end
local threads = {}

setup = function(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

init = function(args)
  nthreads = tonumber(os.getenv("THREADS") or "2")
  position = tid + 1
end

request = function()
  local line = lines[((position - 1) % #lines) + 1]
  position = position + nthreads
  local signature, body = line:match("(%S+) (.*)")
  return wrk.format("POST", "/api/v1/payments/webhook/mock", {
    ["Content-Type"] = "application/json",
    ["X-Mock-Signature"] = signature,
  }, body)
end
