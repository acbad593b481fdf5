select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = ?
  and ("place_a_id" in (?, ?) or "place_b_id" in (?, ?))
order by "sort_name" asc, "id" asc
limit ?
-- parameters: ["public","pl_home","pl_district","pl_home","pl_district",51]
