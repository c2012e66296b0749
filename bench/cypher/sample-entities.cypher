// Bench only: $count entities spread evenly over the graph (ordered by id,
// so the same graph gives the same sample), as inputs for API requests.
MATCH (e:Entity)
WITH e ORDER BY e.id
WITH collect(e) AS entities
WITH entities, size(entities) AS n
UNWIND range(0, $count - 1) AS i
WITH entities[toInteger(i * n / $count)] AS e
WHERE e IS NOT NULL
RETURN e.id AS id, e.name AS name
