select *
from (select * from (select * from "partnerships" where "deleted_at" is null and "visibility" = $1 and "status" = $2 and "place_a_id" = $3 order by "sort_name" asc, "id" asc limit $4) as "half" union all select * from (select * from "partnerships" where "deleted_at" is null and "visibility" = $5 and "status" = $6 and "place_b_id" = $7 order by "sort_name" asc, "id" asc limit $8) as "half") as "partnerships"
order by "sort_name" asc, "id" asc
limit $9
-- parameters: ["public","active","pl_home",51,"public","active","pl_home",51,51]
