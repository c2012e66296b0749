// Bench only: the $n best-connected entities and the relationships among
// them, as one row, typed into the explorer's Cypher console. The console
// takes no parameters, so the stage writes the number in for $n.
MATCH (e:Entity)
WITH e ORDER BY COUNT { (e)--() } DESC, e.id
LIMIT $n
WITH collect(e) AS nodes, collect(e.id) AS ids
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b.id IN ids
RETURN nodes, collect(r) AS relationships
