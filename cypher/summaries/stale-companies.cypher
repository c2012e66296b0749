// Companies whose summary must be computed: new ones, and those whose reports
// changed (a load removes countyCount from every company a written, replaced
// or retired report mentions, in the same transaction as the change).
// $limit: integer
MATCH (c:Company)
WHERE c.countyCount IS NULL
RETURN c.id AS id
LIMIT $limit
