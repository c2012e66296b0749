// Explorer search: entities whose name or alias matches the query in any
// script. $lucene is the full-text query built from the script variants
// (phrases, escaped); $variants are the same strings, for exact and substring
// matches, which also catch one-character queries the bigram index misses.
// Ranked: exact name/alias first, then substring, then full-text score.
// Substring matches: $scan false takes them from the full-text index:
// $candidates (src/server/lucene.ts indexAnchor) finds every name and alias
// containing a variant, through its longest run of ideographs, one
// ideograph, or a run of letters and digits, and the CONTAINS test then keeps
// the same nodes a scan would, so the cost follows the matches, not the
// graph; a query with no anchor (punctuation, a stop word's letters) scans
// all entities.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit * 3}) YIELD node, score
  RETURN node, score
  UNION
  UNWIND CASE WHEN $scan THEN [] ELSE [true] END AS indexed
  CALL db.index.fulltext.queryNodes('entity_names', $candidates) YIELD node
  WITH node WHERE node:Entity
    AND any(v IN $variants WHERE node.name CONTAINS v OR any(a IN coalesce(node.aliases, []) WHERE a CONTAINS v))
  RETURN node, 0.0 AS score
  UNION
  UNWIND CASE WHEN $scan THEN [true] ELSE [] END AS scan
  MATCH (node:Entity)
  WHERE any(v IN $variants WHERE node.name CONTAINS v OR any(a IN coalesce(node.aliases, []) WHERE a CONTAINS v))
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
WITH node, score,
     CASE
       WHEN node.name IN $variants OR any(a IN coalesce(node.aliases, []) WHERE a IN $variants) THEN 2
       WHEN any(v IN $variants WHERE node.name CONTAINS v OR any(a IN coalesce(node.aliases, []) WHERE a CONTAINS v)) THEN 1
       ELSE 0
     END AS exactness,
     COUNT { (node)--() } AS degree
ORDER BY exactness DESC, score DESC, degree DESC, node.name
LIMIT $limit
// The counties of the hits only: gathering them reads every report that
// mentions a node, too slow to do for all the matches of a short query.
RETURN node.id AS id,
       node.name AS name,
       [label IN labels(node) WHERE label <> 'Entity'][0] AS kind,
       coalesce(node.aliases, []) AS aliases,
       COLLECT {
         MATCH (r:Report)-[:MENTIONS]->(node)
         OPTIONAL MATCH (k:County {code: r.subjectCode})
         WITH coalesce(k.name, r.subject) AS county WHERE county IS NOT NULL
         RETURN DISTINCT county ORDER BY county
       } AS counties,
       degree,
       score + exactness * 10.0 AS score
ORDER BY exactness DESC, score DESC, degree DESC, name
LIMIT $limit
