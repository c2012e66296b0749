// Neighbourhood of one node: at most $limit neighbours, facts before reports,
// then by evidence; every relationship to each kept neighbour. `total` is the
// number of neighbours there are, so the UI can say what it left out.
// $id: node id; $limit: integer; $includeReports: boolean (Report neighbours)
OPTIONAL MATCH (a:Entity {id: $id})
OPTIONAL MATCH (b:Report {id: $id})
WITH coalesce(a, b) AS e
WHERE e IS NOT NULL
WITH e, COUNT { MATCH (e)--(n) WHERE $includeReports OR NOT n:Report RETURN DISTINCT n } AS total
OPTIONAL CALL (e) {
  MATCH (e)-[f]-(n)
  WHERE $includeReports OR NOT n:Report
  WITH n, collect(f) AS rels, sum(size(coalesce(f.evidenceText, []))) AS evidence
  RETURN n, rels
  ORDER BY CASE WHEN n:Report THEN 1 ELSE 0 END, evidence DESC, coalesce(n.name, n.title)
  LIMIT $limit
}
RETURN e, total, n, rels
