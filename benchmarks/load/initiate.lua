-- wrk script: POST /api/v1/payments/initiate once for each PENDING order in ORDERS ("orderId token" lines),
-- the orders split between wrk's threads so no order is initiated twice
local threads = {}
local lines = {}
for line in io.lines(os.getenv("ORDERS")) do lines[#lines + 1] = line end
local next_id = 1

setup = function(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

init = function(args)
  nthreads = tonumber(os.getenv("THREADS") or "2")
  position = tid + 1
end

request = function()
  local line = lines[position]
  if line == nil then
    line = lines[((position - 1) % #lines) + 1]
  end
  position = position + nthreads
  local order, token = line:match("(%S+) (%S+)")
  local phone = string.format("+26097%05d11", position % 100000)
  local body = '{"orderId":"' .. order .. '","method":"AIRTEL_MONEY","phone":"' .. phone .. '"}'
  return wrk.format("POST", "/api/v1/payments/initiate", {
    ["Content-Type"] = "application/json",
    ["x-pakashop-key"] = os.getenv("PAKASHOP_KEY"),
    ["Authorization"] = "Bearer " .. token,
  }, body)
end
