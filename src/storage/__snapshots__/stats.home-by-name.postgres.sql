select *
from "name_keys"
where "key" in ($1)
  and "entity" in ($2)
  and "form" in ($3, $4)
limit $5
-- parameters: ["shenzhen","place","fold","variant",5000]
