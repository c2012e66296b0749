// County summaries: the counties whose reports name each county of $ids
// (the county a report is about: the County entity with the report's
// subject code, else the subject's name), sorted, as countyNames, and their
// number as countyCount. What explorer/node-summaries.cypher computes for
// any other node, with the same expression: a county is mentioned by
// thousands of reports, and a view of 500 counties read them all.
// $ids: [string]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n:County
WITH n, COLLECT {
  MATCH (report:Report)-[:MENTIONS]->(n)
  WITH DISTINCT report.subjectCode AS code, report.subject AS subject
  OPTIONAL MATCH (k:County {code: code})
  WITH coalesce(k.name, subject) AS county WHERE county IS NOT NULL
  RETURN DISTINCT county ORDER BY county
} AS names
SET n.countyNames = names,
    n.countyCount = size(names)
