select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = $1
  and ("place_a_id" in (select "id" from "places" where "country" = $2) or "place_b_id" in (select "id" from "places" where "country" = $3))
order by "sort_name" asc, "id" asc
limit $4
-- parameters: ["public","CN","CN",51]
