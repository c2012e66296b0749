// (:Report)-[:MENTIONS]->(:Entity): which names the report uses for the
// entity and a few sentences where it does.
// $mentions: [{report, entity, names, evidenceText, evidenceStart, evidenceEnd}]
UNWIND $mentions AS row
MATCH (r:Report {id: row.report})
MATCH (e:Entity {id: row.entity})
MERGE (r)-[m:MENTIONS]->(e)
SET m.report = row.report,
    m.names = row.names,
    m.evidenceText = row.evidenceText,
    m.evidenceStart = row.evidenceStart,
    m.evidenceEnd = row.evidenceEnd
