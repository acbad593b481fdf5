select "id"
from "places"
where "country" = ?
-- parameters: ["CN"]
