update "places" set "layer" = ?
where "id" = ?
  and "layer" = ?
-- parameters: ["registry","pl_1","network"]
