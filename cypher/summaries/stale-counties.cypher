// Counties whose summary must be computed: new ones, and those whose reports
// changed (a load removes countyCount from every county a written, replaced
// or retired report mentions, in the same transaction as the change).
// $limit: integer
MATCH (k:County)
WHERE k.countyCount IS NULL
RETURN k.id AS id
LIMIT $limit
