select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = ?
  and "place_a_id" in (?, ?)
order by "sort_name" asc, "id" asc
-- parameters: ["public","pl_home","pl_district"]
