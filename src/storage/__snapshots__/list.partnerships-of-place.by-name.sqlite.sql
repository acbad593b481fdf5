select *
from (select * from (select * from "partnerships" where "deleted_at" is null and "visibility" = ? and "status" = ? and "place_a_id" = ? order by "sort_name" asc, "id" asc limit ?) as "half" union all select * from (select * from "partnerships" where "deleted_at" is null and "visibility" = ? and "status" = ? and "place_b_id" = ? order by "sort_name" asc, "id" asc limit ?) as "half") as "partnerships"
order by "sort_name" asc, "id" asc
limit ?
-- parameters: ["public","active","pl_home",51,"public","active","pl_home",51,51]
