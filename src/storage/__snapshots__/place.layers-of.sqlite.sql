select "id", "layer"
from "places"
where "id" in (?, ?)
-- parameters: ["pl_1","pl_2"]
