select *
from "name_keys"
where "key" in (?, ?)
  and "entity" in (?, ?, ?, ?)
limit ?
-- parameters: ["shenzen","sxnsn","place","organisation","person","mechanism",5000]
