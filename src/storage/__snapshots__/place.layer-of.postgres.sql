select "layer"
from "places"
where "id" = $1
-- parameters: ["pl_1"]
