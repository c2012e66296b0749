// Degree (all relationships) and counties (of the reports that mention it) of
// nodes by id, to size and filter the nodes of any query result.
// $ids: [string]
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (r:Report {id: id})
WITH id, coalesce(e, r) AS n
WHERE n IS NOT NULL
RETURN id,
       COUNT { (n)--() } AS degree,
       COLLECT {
         MATCH (report:Report)-[:MENTIONS]->(n)
         OPTIONAL MATCH (k:County {code: report.subjectCode})
         WITH coalesce(k.name, report.subject) AS county WHERE county IS NOT NULL
         RETURN DISTINCT county ORDER BY county
       } AS counties
