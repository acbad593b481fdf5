update "places" set "layer" = $1
where "id" = $2
  and "layer" = $3
-- parameters: ["registry","pl_1","network"]
