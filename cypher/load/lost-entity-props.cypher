// Entities whose name and props came from a report that no longer names
// them (merge-entities.cypher: the smallest report id gives them), with what
// the report of the smallest id that still names them gives: its MENTIONS
// hold the entity's name and props as that report has them (`entity`, JSON
// made by src/neo4j/rows.ts entityJson; null when loaded before it existed).
// $entities: list of entity ids (those a replaced or deleted report named).
UNWIND $entities AS id
MATCH (e:Entity {id: id})
WHERE e.propsFrom IS NOT NULL AND NOT EXISTS { (:Report {id: e.propsFrom})-[:MENTIONS]->(e) }
CALL (e) {
  MATCH (:Report)-[m:MENTIONS]->(e)
  RETURN m.report AS report, m.entity AS entity
  ORDER BY m.report
  LIMIT 1
}
RETURN e.id AS id, report, entity
