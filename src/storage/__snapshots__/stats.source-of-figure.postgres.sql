select *
from "sources"
where "id" = $1
-- parameters: ["src_figures"]
