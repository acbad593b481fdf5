select *
from "tasks"
where "deleted_at" is null
  and "status" = ?
  and not exists (select 1 from refs where refs.from_entity = ? and refs.from_id = "tasks"."id" and refs.to_entity = ?)
  and not exists (select 1 from refs where refs.from_entity = ? and refs.from_id = "tasks"."id" and refs.to_entity = ?)
  and not exists (select 1 from refs where refs.from_entity = ? and refs.from_id = "tasks"."id" and refs.to_entity = ?)
order by coalesce("due", '') asc, "id" asc
limit ?
-- parameters: ["open","task","agreement","task","event","task","partnership",51]
