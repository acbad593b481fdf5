select *
from "places"
where "deleted_at" is null
  and "parent_id" = $1
order by "sort_name" asc, "id" asc
-- parameters: ["pl_home"]
