// Evidence of one edge of the explorer: every relationship of type $type from
// node $source to node $target (one per report), with its report.
OPTIONAL MATCH (a1:Entity {id: $source})
OPTIONAL MATCH (a2:Report {id: $source})
OPTIONAL MATCH (b1:Entity {id: $target})
WITH coalesce(a1, a2) AS a, b1 AS b
WHERE a IS NOT NULL AND b IS NOT NULL
MATCH (a)-[f]->(b)
WHERE type(f) = $type
OPTIONAL MATCH (r:Report {id: f.report})
OPTIONAL MATCH (k:County {code: r.subjectCode})
RETURN a, b, f,
       CASE WHEN r IS NULL THEN null
            ELSE {id: r.id, title: r.title, source: r.source, date: r.date, subject: coalesce(k.name, r.subject)} END AS report
ORDER BY r.date, r.title
