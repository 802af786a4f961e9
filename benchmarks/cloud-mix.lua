-- wrk script for the soak: rotates over the Atlas live migration GET, the Ops Manager checkpoint
-- list and one checkpoint, each with the Digest header run.sh computed for its path.
local requests = {}
local n = 0

function init(args)
  requests = {
    wrk.format("GET", os.getenv("ATLAS_PATH"),
      { ["Accept"] = os.getenv("ATLAS_JSON"), ["Authorization"] = os.getenv("ATLAS_AUTH") }),
    wrk.format("GET", os.getenv("CHECKPOINTS_PATH"),
      { ["Accept"] = "application/json", ["Authorization"] = os.getenv("CHECKPOINTS_AUTH") }),
    wrk.format("GET", os.getenv("CHECKPOINT_PATH"),
      { ["Accept"] = "application/json", ["Authorization"] = os.getenv("CHECKPOINT_AUTH") }),
  }
end

function request()
  n = n + 1
  return requests[(n % #requests) + 1]
end
