select *
from "name_keys"
where "key" in ($1, $2)
  and "entity" in ($3, $4, $5, $6)
limit $7
-- parameters: ["shenzen","sxnsn","place","organisation","person","mechanism",5000]
