select *
from "places"
where "id" in ($1, $2)
-- parameters: ["pl_home","pl_district"]
