select "entity_id"
from "name_keys"
where "entity" = $1
  and ("key" like $2 or "key" like $3 or "key" like $4)
-- parameters: ["person","cheremin%","% cheremin%","cheremin%"]
