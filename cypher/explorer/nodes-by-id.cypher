// Nodes (entities or reports) by id, e.g. the ids a saved query returns.
// $ids: [string]
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (r:Report {id: id})
WITH coalesce(e, r) AS n
WHERE n IS NOT NULL
RETURN n
