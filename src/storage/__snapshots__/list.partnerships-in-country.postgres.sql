select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = $1
  and ("place_a_id" in ($2, $3) or "place_b_id" in ($4, $5))
order by "sort_name" asc, "id" asc
limit $6
-- parameters: ["public","pl_home","pl_district","pl_home","pl_district",51]
