-- RFC 7616 Digest signing for wrk (LuaJIT), so that every request carries the next nonce count.
-- The stub tracks nc per nonce and refuses a replayed header, so a load script must sign each
-- request. Each wrk thread gets its own nonce (run.sh fetches one per thread and hands them out in
-- setup) and one connection (-t N -c N), so its counts reach the server in the order they are sent.
--
-- Used as a module: local digest = dofile("benchmarks/digest.lua")
local bit = require("bit")
local band, bor, bxor, bnot = bit.band, bit.bor, bit.bxor, bit.bnot
local lshift, rshift, rol, tobit = bit.lshift, bit.rshift, bit.rol, bit.tobit

local K, S = {}, {
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
  5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
  4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
  6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
}
for i = 0, 63 do
  K[i + 1] = tobit(math.floor(math.abs(math.sin(i + 1)) * 4294967296))
end

local function le_hex(x)
  local out = {}
  for i = 0, 3 do
    out[i + 1] = string.format("%02x", band(rshift(x, 8 * i), 0xff))
  end
  return table.concat(out)
end

local function md5_hex(message)
  local length = #message
  local padded = message .. "\128" .. string.rep("\0", (55 - length) % 64)
  local bits = length * 8
  for i = 0, 7 do
    padded = padded .. string.char(math.floor(bits / 2 ^ (8 * i)) % 256)
  end
  local a0, b0, c0, d0 = tobit(0x67452301), tobit(0xefcdab89), tobit(0x98badcfe), tobit(0x10325476)
  local M = {}
  for chunk = 1, #padded, 64 do
    for i = 0, 15 do
      local p = chunk + 4 * i
      local b1, b2, b3, b4 = padded:byte(p, p + 3)
      M[i] = bor(b1, lshift(b2, 8), lshift(b3, 16), lshift(b4, 24))
    end
    local a, b, c, d = a0, b0, c0, d0
    for i = 0, 63 do
      local f, g
      if i < 16 then
        f, g = bor(band(b, c), band(bnot(b), d)), i
      elseif i < 32 then
        f, g = bor(band(d, b), band(bnot(d), c)), (5 * i + 1) % 16
      elseif i < 48 then
        f, g = bxor(b, c, d), (3 * i + 5) % 16
      else
        f, g = bxor(c, bor(b, bnot(d))), (7 * i) % 16
      end
      f = tobit(f + a + K[i + 1] + M[g])
      a, d, c = d, c, b
      b = tobit(b + rol(f, S[i + 1]))
    end
    a0, b0, c0, d0 = tobit(a0 + a), tobit(b0 + b), tobit(c0 + c), tobit(d0 + d)
  end
  return le_hex(a0) .. le_hex(b0) .. le_hex(c0) .. le_hex(d0)
end

local Signer = {}
Signer.__index = Signer

-- ha1 = MD5(user:realm:password), computed once by run.sh; nonce = this thread's nonce.
local function signer(user, realm, ha1, nonce, cnonce)
  return setmetatable({ user = user, realm = realm, ha1 = ha1, nonce = nonce, cnonce = cnonce, nc = 0 }, Signer)
end

-- The Authorization value for the next request of this thread to method uri.
function Signer:sign(method, uri)
  self.nc = self.nc + 1
  local nc = string.format("%08x", self.nc)
  local ha2 = md5_hex(method .. ":" .. uri)
  local response = md5_hex(self.ha1 .. ":" .. self.nonce .. ":" .. nc .. ":" .. self.cnonce .. ":auth:" .. ha2)
  return string.format(
    'Digest username="%s", realm="%s", nonce="%s", uri="%s", qop=auth, nc=%s, cnonce="%s", algorithm=MD5, response="%s"',
    self.user, self.realm, self.nonce, uri, nc, self.cnonce, response)
end

return { md5_hex = md5_hex, signer = signer }
