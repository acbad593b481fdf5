select count(*) as "n"
from "partnerships"
where "deleted_at" is null
  and "visibility" = $1
  and "type" = $2
  and "status" = $3
  and "established_from" >= $4
  and "established_from" <= $5
  and ("place_a_id" = $6 or "place_b_id" = $7)
-- parameters: ["public","sister_city","active","2000-01-01","2020-12-31","pl_home","pl_home"]
