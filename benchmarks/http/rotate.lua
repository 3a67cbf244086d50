-- wrk script: each request takes the next line of $KHONHA_QUERIES (a file of
-- package_search query strings), rotating; every thread starts at its own
-- offset so the 500-query log is spread across connections.
local queries = {}
local path = os.getenv("KHONHA_QUERIES") or "queries.txt"
for line in io.lines(path) do
  if #line > 0 then queries[#queries + 1] = line end
end
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  counter = (id or 0) * 9973  -- far apart: threads do not replay each other
end

function request()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  return wrk.format("GET", "/api/3/action/package_search?" .. q)
end
