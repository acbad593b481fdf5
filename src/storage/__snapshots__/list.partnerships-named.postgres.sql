select *
from "partnerships"
where "deleted_at" is null
  and "visibility" = $1
  and ("place_a_id" in (select "entity_id" from "name_keys" where "entity" = $2 and ("key" like $3 or "key" like $4 or "key" like $5)) or "place_b_id" in (select "entity_id" from "name_keys" where "entity" = $6 and ("key" like $7 or "key" like $8 or "key" like $9)))
order by "sort_name" asc, "id" asc
limit $10
-- parameters: ["public","place","san%","% san%","san%","place","san%","% san%","san%",51]
