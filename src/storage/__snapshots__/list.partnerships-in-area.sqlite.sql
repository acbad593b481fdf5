select "from_id"
from "refs"
where "from_entity" = ?
  and "to_entity" = ?
  and "to_id" = ?
-- parameters: ["partnership","area","culture"]
