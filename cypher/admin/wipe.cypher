// Deletes every node and relationship of the database, relationships first
// and then nodes, each in transactions of $batch rows (one transaction for a
// large graph would exceed dbms.memory.transaction.total.max, and deleting a
// batch of nodes at once takes all their relationships with it). Needs an
// auto-commit transaction (session.run). Used by the tests on their own
// database and by the benchmarks; schema is kept. Returns the nodes deleted.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS
WITH count(*) AS relationships
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS
RETURN count(*) AS deleted
