select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = ?
  and "type" = ?
  and "status" = ?
  and "established_from" >= ?
  and "established_from" <= ?
  and ("place_a_id" = ? or "place_b_id" = ?)
  and (coalesce("established_from", '') < ? or (coalesce("established_from", '') = ? and "id" < ?))
order by coalesce("established_from", '') desc, "id" desc
limit ?
-- parameters: ["public","sister_city","active","2000-01-01","2020-12-31","pl_home","pl_home","2010-05-01","2010-05-01","pt_cursor",51]
