-- wrk script: POSTs {} to each of POST_PATHS in turn (pause, resume, pause, ...), so that each
-- request is one the mongosync state machine accepts next. Run it on one connection (-t1 -c1).
-- The turn advances on each answer, not on each call of request(): wrk calls request() once more
-- than it sends (to learn whether the script is static), which would otherwise start on resume.
local paths, answered = {}, 0

function init(args)
  for path in string.gmatch(os.getenv("POST_PATHS"), "%S+") do table.insert(paths, path) end
end

function request()
  return wrk.format("POST", paths[(answered % #paths) + 1], { ["Content-Type"] = "application/json" }, "{}")
end

function response(status, headers, body)
  answered = answered + 1
end
