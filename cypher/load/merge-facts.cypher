// One relationship per (type, source, target, report), carrying the report id,
// the relation's own properties (role, date, basis...) and its evidence as
// parallel arrays of sentence, start and end offset in Report.text.
// The type comes from a closed set (validated before loading).
// $facts: [{type, source, target, report, props, evidenceText, evidenceStart, evidenceEnd}]
UNWIND $facts AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[f:$(row.type) {report: row.report}]->(b)
SET f += row.props,
    f.evidenceText = row.evidenceText,
    f.evidenceStart = row.evidenceStart,
    f.evidenceEnd = row.evidenceEnd
