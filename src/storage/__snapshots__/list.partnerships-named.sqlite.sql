select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = ?
  and ("place_a_id" in (select "entity_id" from "name_keys" where "entity" = ? and ("key" like ? or "key" like ? or "key" like ?)) or "place_b_id" in (select "entity_id" from "name_keys" where "entity" = ? and ("key" like ? or "key" like ? or "key" like ?)))
order by "sort_name" asc, "id" asc
limit ?
-- parameters: ["public","place","san%","% san%","san%","place","san%","% san%","san%",51]
