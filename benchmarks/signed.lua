-- wrk script: requests signed per request with RFC 7616 Digest (the stub refuses a replayed header):
-- GETs, or SIGNED_METHOD with SIGNED_BODY sent as SIGNED_CONTENT_TYPE (Atlas's create, validate
-- and cutover).
-- Rotates over SIGNED_PATHS (space-separated), each with its Accept from SIGNED_ACCEPTS (space-
-- separated, the last one repeated when there are fewer). run.sh exports the
-- credential (DIGEST_USER, DIGEST_REALM, DIGEST_HA1) and one nonce per thread (DIGEST_NONCES);
-- run it with as many threads as connections (-t N -c N) so that each nonce's counts arrive in
-- order. FIXED_AUTH, when set, is sent as is instead (for Prism, which checks only a header's form,
-- and for nginx, which checks nothing: both then pay the same client-side signing cost anyway).
local digest = dofile("benchmarks/digest.lua")

-- wrk counts every answer that is not 2xx or 3xx ("Non-2xx or 3xx responses"); summarize.py
-- refuses a run that has any, so a figure never measures refusals instead of the endpoint.
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  local i = 0
  for nonce in string.gmatch(os.getenv("DIGEST_NONCES") or "", "%S+") do
    i = i + 1
    if i == next_thread then thread:set("nonce", nonce) end
  end
  thread:set("id", next_thread)
end

local paths, accepts, signer, fixed = {}, {}, nil, nil
local method, body, content_type = "GET", nil, nil
local n = 0

function init(args)
  for path in string.gmatch(os.getenv("SIGNED_PATHS"), "%S+") do table.insert(paths, path) end
  for accept in string.gmatch(os.getenv("SIGNED_ACCEPTS") or "application/json", "%S+") do table.insert(accepts, accept) end
  while #accepts < #paths do table.insert(accepts, accepts[#accepts]) end
  method = os.getenv("SIGNED_METHOD") or "GET"
  if method == "" then method = "GET" end
  body = os.getenv("SIGNED_BODY")
  if body == "" then body = nil end
  content_type = os.getenv("SIGNED_CONTENT_TYPE")
  fixed = os.getenv("FIXED_AUTH")
  if fixed == nil or fixed == "" then
    if nonce == nil then error("no nonce for thread " .. tostring(id) .. ": DIGEST_NONCES has too few") end
    signer = digest.signer(os.getenv("DIGEST_USER"), os.getenv("DIGEST_REALM"), os.getenv("DIGEST_HA1"),
      nonce, string.format("%08x", id))
    fixed = nil
  end
end

function request()
  n = n + 1
  local i = (n % #paths) + 1
  local authorization = fixed or signer:sign(method, paths[i])
  local headers = { ["Accept"] = accepts[i], ["Authorization"] = authorization }
  if body ~= nil then headers["Content-Type"] = content_type end
  return wrk.format(method, paths[i], headers, body)
end

