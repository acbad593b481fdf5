select *
from "tasks"
where "deleted_at" is null
  and exists (select 1 from refs where refs.from_entity = $1 and refs.from_id = "tasks"."id" and refs.to_entity = $2 and refs.to_id = $3)
order by coalesce("due", '') asc, "id" asc
limit $4
-- parameters: ["task","event","ev_visit0001",51]
