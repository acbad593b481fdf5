select count(*) as "n"
from "partnerships"
where "deleted_at" is null
  and "visibility" = ?
  and "type" = ?
  and "status" = ?
  and "established_from" >= ?
  and "established_from" <= ?
  and ("place_a_id" = ? or "place_b_id" = ?)
-- parameters: ["public","sister_city","active","2000-01-01","2020-12-31","pl_home","pl_home"]
