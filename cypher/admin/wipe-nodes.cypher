// Deletes up to $batch nodes (run after wipe-relationships, so they have none
// left); src/neo4j/admin.ts wipeGraph repeats it until none is left.
// $batch: integer. Returns how many were deleted.
MATCH (n)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
