select *
from "sources"
where "id" = ?
-- parameters: ["src_figures"]
