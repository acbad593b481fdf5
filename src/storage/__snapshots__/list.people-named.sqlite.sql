select "entity_id"
from "name_keys"
where "entity" = ?
  and ("key" like ? or "key" like ? or "key" like ?)
-- parameters: ["person","cheremin%","% cheremin%","cheremin%"]
