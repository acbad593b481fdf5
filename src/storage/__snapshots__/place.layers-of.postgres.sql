select "id", "layer"
from "places"
where "id" in ($1, $2)
-- parameters: ["pl_1","pl_2"]
