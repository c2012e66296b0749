// Degree (all relationships) and counties (of the reports that mention it) of
// nodes by id, to size and filter the nodes of any query result. A popular
// company or a county is mentioned by thousands of reports: its counties come
// from its summary (src/neo4j/summaries.ts).
// With $withNodes the rows also carry the node itself (one read where a view
// needs both), and `counties` is null for a node whose summary holds them
// (its countyNames: not sent twice).
// $ids: [string]; $withNodes: boolean
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (r:Report {id: id})
WITH id, coalesce(e, r) AS n
WHERE n IS NOT NULL
RETURN id,
       CASE WHEN $withNodes THEN n END AS n,
       COUNT { (n)--() } AS degree,
       CASE
         // Company and county summaries hold the same list (the county one
         // with this very expression); countyCount is removed while the
         // summary is out of date.
         WHEN (n:Company OR n:County) AND n.countyCount IS NOT NULL THEN CASE WHEN $withNodes THEN null ELSE n.countyNames END
         ELSE COLLECT {
           MATCH (report:Report)-[:MENTIONS]->(n)
           WITH DISTINCT report.subjectCode AS code, report.subject AS subject
           OPTIONAL MATCH (k:County {code: code})
           WITH coalesce(k.name, subject) AS county WHERE county IS NOT NULL
           RETURN DISTINCT county ORDER BY county
         }
       END AS counties
