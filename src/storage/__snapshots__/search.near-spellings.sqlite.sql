select *
from "name_fuzz"
where "key" in (?, ?, ?)
  and "entity" in (?, ?, ?, ?)
limit ?
-- parameters: ["sxns","snsn","xnsn","place","organisation","person","mechanism",5000]
