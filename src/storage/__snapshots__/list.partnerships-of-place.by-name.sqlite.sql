select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = ?
  and "status" = ?
  and ("place_a_id" = ? or "place_b_id" = ?)
order by "sort_name" asc, "id" asc
limit ?
-- parameters: ["public","active","pl_home","pl_home",51]
