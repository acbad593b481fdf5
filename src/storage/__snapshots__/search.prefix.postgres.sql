select *
from "name_keys"
where "key" >= $1
  and "key" < $2
order by "key"
limit $3
-- parameters: ["shenzen","shenzen\uffff",200]
