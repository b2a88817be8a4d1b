-- wrk script: POST one login again and again (the account and password come from the environment)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["x-pakashop-key"] = os.getenv("PAKASHOP_KEY")
wrk.body = '{"login":"' .. os.getenv("LOGIN_PHONE") .. '","password":"' .. os.getenv("LOGIN_PASSWORD") .. '"}'
