// Degree (all relationships) and counties (of the reports that mention it) of
// nodes by id, to size and filter the nodes of any query result. A popular
// company is mentioned by thousands of reports: its counties come from its summary.
// $ids: [string]
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (r:Report {id: id})
WITH id, coalesce(e, r) AS n
WHERE n IS NOT NULL
RETURN id,
       COUNT { (n)--() } AS degree,
       CASE
         // A company's summary (src/neo4j/company-summaries.ts) holds the same list;
         // countyCount is removed while the summary is out of date.
         WHEN n:Company AND n.countyCount IS NOT NULL THEN n.countyNames
         ELSE COLLECT {
           MATCH (report:Report)-[:MENTIONS]->(n)
           OPTIONAL MATCH (k:County {code: report.subjectCode})
           WITH coalesce(k.name, report.subject) AS county WHERE county IS NOT NULL
           RETURN DISTINCT county ORDER BY county
         }
       END AS counties
