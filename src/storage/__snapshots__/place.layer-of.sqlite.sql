select "layer"
from "places"
where "id" = ?
-- parameters: ["pl_1"]
