select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = $1
  and "place_a_id" in ($2, $3)
order by "sort_name" asc, "id" asc
-- parameters: ["public","pl_home","pl_district"]
