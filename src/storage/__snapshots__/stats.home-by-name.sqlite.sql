select *
from "name_keys"
where "key" in (?)
  and "entity" in (?)
  and "form" in (?, ?)
limit ?
-- parameters: ["shenzhen","place","fold","variant",5000]
