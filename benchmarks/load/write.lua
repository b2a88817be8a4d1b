-- wrk script: the ceiling's one-row write
request = function()
  return wrk.format("POST", "/api/v1/writes", {["Content-Type"] = "application/json"},
    '{"paymentId":"' .. tostring(math.random(1e9)) .. '","status":"COMPLETED","amount":"175.00"}')
end
