select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = ?
  and ("place_a_id" in (select "id" from "places" where "country" = ?) or "place_b_id" in (select "id" from "places" where "country" = ?))
order by "sort_name" asc, "id" asc
limit ?
-- parameters: ["public","CN","CN",51]
