// Deletes up to $batch relationships; src/neo4j/admin.ts wipeGraph repeats it
// until none is left, each run its own transaction. (One statement deleting
// all of them IN TRANSACTIONS was planned with an Eager that held every
// relationship of a 10,000-report graph in memory: MemoryPoolOutOfMemoryError.)
// $batch: integer. Returns how many were deleted.
MATCH ()-[r]->()
WITH r LIMIT $batch
DELETE r
RETURN count(*) AS deleted
