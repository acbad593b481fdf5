select *
from "places"
where "id" in (?, ?)
-- parameters: ["pl_home","pl_district"]
