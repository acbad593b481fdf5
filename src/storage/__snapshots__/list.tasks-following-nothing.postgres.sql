select *
from "tasks"
where "deleted_at" is null
  and "status" = $1
  and not exists (select 1 from refs where refs.from_entity = $2 and refs.from_id = "tasks"."id" and refs.to_entity = $3)
  and not exists (select 1 from refs where refs.from_entity = $4 and refs.from_id = "tasks"."id" and refs.to_entity = $5)
  and not exists (select 1 from refs where refs.from_entity = $6 and refs.from_id = "tasks"."id" and refs.to_entity = $7)
order by coalesce("due", '') asc, "id" asc
limit $8
-- parameters: ["open","task","agreement","task","event","task","partnership",51]
