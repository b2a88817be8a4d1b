-- wrk script: checkouts of one unit of a random product by a random buyer of BUYER_TOKENS (one per line)
local ids = {}
for line in io.lines(os.getenv("PRODUCT_IDS")) do ids[#ids + 1] = line end
local tokens = {}
for line in io.lines(os.getenv("BUYER_TOKENS")) do tokens[#tokens + 1] = line end
local counter = 0
math.randomseed(os.time())
request = function()
  counter = counter + 1
  local body = '{"items":[{"productId":"' .. ids[math.random(#ids)] .. '","quantity":1}],"destination":{"lat":-15.41,"lng":28.33,"address":"Plot 12, Kabulonga Road","town":"Lusaka"}}'
  return wrk.format("POST", "/api/v1/orders", {
    ["Content-Type"] = "application/json",
    ["x-pakashop-key"] = os.getenv("PAKASHOP_KEY"),
    ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
    ["Idempotency-Key"] = "pay-bench-" .. os.getenv("RUN_ID") .. "-" .. tostring(counter) .. "-" .. tostring(math.random(1e9)),
  }, body)
end
