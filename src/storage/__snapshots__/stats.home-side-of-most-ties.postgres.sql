select "place_a_id", count(*) as "n"
from "partnerships"
where "deleted_at" is null
  and "visibility" = $1
group by "place_a_id"
order by "n" desc, "place_a_id"
limit $2
-- parameters: ["public",1]
