select *
from "name_keys"
where "key" >= ?
  and "key" < ?
order by "key"
limit ?
-- parameters: ["shenzen","shenzen\uffff",200]
