select *
from "tasks"
where "deleted_at" is null
  and exists (select 1 from refs where refs.from_entity = ? and refs.from_id = "tasks"."id" and refs.to_entity = ? and refs.to_id = ?)
order by coalesce("due", '') asc, "id" asc
limit ?
-- parameters: ["task","event","ev_visit0001",51]
