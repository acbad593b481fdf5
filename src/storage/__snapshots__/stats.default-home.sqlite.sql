select "home_place_id", count(*) as "n"
from "figures"
where "deleted_at" is null
group by "home_place_id"
order by "n" desc, "home_place_id"
-- parameters: []
