select "from_id"
from "refs"
where "from_entity" = $1
  and "to_entity" = $2
  and "to_id" = $3
-- parameters: ["partnership","area","culture"]
