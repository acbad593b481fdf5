select "place_a_id", count(*) as "n"
from "partnerships"
where "deleted_at" is null
  and "visibility" = ?
group by "place_a_id"
order by "n" desc, "place_a_id"
limit ?
-- parameters: ["public",1]
