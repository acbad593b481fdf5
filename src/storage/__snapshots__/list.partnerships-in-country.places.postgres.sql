select "id"
from "places"
where "country" = $1
-- parameters: ["CN"]
