// Relationships between the nodes $ids and the nodes $among (both lists of
// ids), so nodes added to a view get connected to what it already shows.
// Reports take part only through MENTIONS, and only when $includeReports.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[f]-(b:Entity)
WHERE b.id IN $among
RETURN f, a, b
UNION
UNWIND $ids AS id
MATCH (a:Entity {id: id})<-[f:MENTIONS]-(b:Report)
WHERE $includeReports AND b.id IN $among
RETURN f, a, b
UNION
UNWIND $ids AS id
MATCH (a:Report {id: id})-[f:MENTIONS]->(b:Entity)
WHERE $includeReports AND b.id IN $among
RETURN f, a, b
