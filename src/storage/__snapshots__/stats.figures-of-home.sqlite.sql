select *
from "figures"
where "deleted_at" is null
  and "visibility" = ?
  and "home_place_id" = ?
order by "sort_name" asc, "id" asc
-- parameters: ["public","pl_home"]
