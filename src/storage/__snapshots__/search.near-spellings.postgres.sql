select *
from "name_fuzz"
where "key" in ($1, $2, $3)
  and "entity" in ($4, $5, $6, $7)
limit $8
-- parameters: ["sxns","snsn","xnsn","place","organisation","person","mechanism",5000]
