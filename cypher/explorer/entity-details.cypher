// One node (entity or report) for the side panel: its properties, degree,
// counties, the reports that mention it and its relationships (at most
// $factLimit) with the node at their other end.
// $id: node id; $factLimit: integer
OPTIONAL MATCH (a:Entity {id: $id})
OPTIONAL MATCH (b:Report {id: $id})
WITH coalesce(a, b) AS n
WHERE n IS NOT NULL
RETURN n,
       COUNT { (n)--() } AS degree,
       COLLECT {
         MATCH (r:Report)-[:MENTIONS]->(n)
         OPTIONAL MATCH (k:County {code: r.subjectCode})
         WITH coalesce(k.name, r.subject) AS county WHERE county IS NOT NULL
         RETURN DISTINCT county ORDER BY county
       } AS counties,
       COLLECT {
         MATCH (r:Report)-[:MENTIONS]->(n)
         OPTIONAL MATCH (k:County {code: r.subjectCode})
         RETURN {id: r.id, title: r.title, source: r.source, date: r.date, subject: coalesce(k.name, r.subject)} AS report
         ORDER BY r.date, r.title
       } AS reports,
       COLLECT {
         MATCH (n)-[f]-(o:Entity)
         RETURN {rel: f, other: o} AS fact
         ORDER BY type(f), o.name
         LIMIT $factLimit
       } AS facts
