select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = $1
  and "status" = $2
  and ("place_a_id" = $3 or "place_b_id" = $4)
order by "sort_name" asc, "id" asc
limit $5
-- parameters: ["public","active","pl_home","pl_home",51]
