select *
from "figures"
where "deleted_at" is null
  and "visibility" = $1
  and "home_place_id" = $2
order by "sort_name" asc, "id" asc
-- parameters: ["public","pl_home"]
