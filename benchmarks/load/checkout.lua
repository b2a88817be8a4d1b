-- wrk script: checkouts of one unit of a random product, each with its own Idempotency-Key
local ids = {}
for line in io.lines(os.getenv("PRODUCT_IDS")) do ids[#ids + 1] = line end
local counter = 0
math.randomseed(os.time())
request = function()
  counter = counter + 1
  local id = ids[math.random(#ids)]
  local body = '{"items":[{"productId":"' .. id .. '","quantity":1}],"destination":{"lat":-15.41,"lng":28.33,"address":"Plot 12, Kabulonga Road","town":"Lusaka"}}'
  local headers = {
    ["Content-Type"] = "application/json",
    ["x-pakashop-key"] = os.getenv("PAKASHOP_KEY"),
    ["Authorization"] = "Bearer " .. os.getenv("BUYER_TOKEN"),
    ["Idempotency-Key"] = "bench-" .. os.getenv("RUN_ID") .. "-" .. tostring(counter) .. "-" .. tostring(math.random(1e9)),
  }
  return wrk.format("POST", "/api/v1/orders", headers, body)
end
