// (:Report)-[:MENTIONS]->(:Entity): the names the report uses for the entity
// and a few sentences where it does. Properties (src/neo4j/rows.ts): report,
// names, evidenceText, evidenceStart, evidenceEnd. CREATE, not MERGE: the same
// transaction first deleted this report's MENTIONS (delete-report-facts.cypher).
// $mentions: [{report, entity, props}]
UNWIND $mentions AS row
MATCH (r:Report {id: row.report})
MATCH (e:Entity {id: row.entity})
CREATE (r)-[m:MENTIONS]->(e)
SET m = row.props
