// One relationship per (type, source, target, report). Its properties (built
// by src/neo4j/rows.ts) are the report id, the relation's own properties
// (role, date, basis...) and the evidence as parallel arrays of sentence,
// start and end offset in Report.text. CREATE, not MERGE: the same
// transaction first deleted every relationship of these reports
// (delete-report-facts.cypher), and rows are unique per key.
// The type comes from a closed set (validated before loading).
// $facts: [{type, source, target, props: {report, evidenceText, evidenceStart, evidenceEnd, ...}}]
UNWIND $facts AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[f:$(row.type)]->(b)
SET f = row.props
