// name: shortest-path
// description: The shortest chains of facts (HAS_PROJECT, INVOLVES, LOCATED_IN,
//   PROMOTES, HOLDS_OFFICE, either direction, at most 8 steps) between two
//   entities; reports are not used as stepping stones.
// param from: string — first entity: name, alias or id
// param to: string — second entity: name, alias or id
// param limit: integer = 5 — most paths returned
// column hops — number of relationships in the path
// column names — entity names along the path
// column relations — relationship types along the path
// column path — the path itself (nodes and relationships)
MATCH (a:Entity)
WHERE a.id = $from OR a.name = $from OR $from IN a.aliases
MATCH (b:Entity)
WHERE (b.id = $to OR b.name = $to OR $to IN b.aliases) AND b <> a
MATCH path = allShortestPaths((a)-[:HAS_PROJECT|INVOLVES|LOCATED_IN|PROMOTES|HOLDS_OFFICE*..8]-(b))
RETURN length(path) AS hops,
       [n IN nodes(path) | n.name] AS names,
       [r IN relationships(path) | type(r)] AS relations,
       path
ORDER BY hops, names
LIMIT $limit
