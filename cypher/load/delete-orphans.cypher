// Deletes the given entities if no report mentions them any more (after a
// changed report was replaced). Returns how many went.
// $entities: list of entity ids.
UNWIND $entities AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Report)-[:MENTIONS]->(e) }
DETACH DELETE e
RETURN count(*) AS deleted
