// Bench only: the $n best-connected entities and the relationships among
// them, as one row, typed into the explorer's Cypher console. The console
// takes no parameters, so the stage writes the number in for $n.
// An end is among the chosen when it ranks no lower than the last one chosen
// (degree, then id): a comparison per relationship instead of a search of the
// list of chosen ids, and the subquery aggregates without grouping by that list.
MATCH (e:Entity)
WITH e, COUNT { (e)--() } AS degree
ORDER BY degree DESC, e.id
LIMIT $n
WITH collect(e) AS nodes, collect(degree) AS degrees
WITH nodes, degrees[-1] AS lastDegree, nodes[-1].id AS lastId
CALL (nodes, lastDegree, lastId) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WITH r, b, COUNT { (b)--() } AS degree
  WHERE degree > lastDegree OR (degree = lastDegree AND b.id <= lastId)
  RETURN collect(r) AS relationships
}
RETURN nodes, relationships
