// Deletes every node and relationship of the database, in batches of $batch
// nodes per call (the caller repeats until `deleted` is 0). Used by the tests
// on their own database; schema is kept.
MATCH (n)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
