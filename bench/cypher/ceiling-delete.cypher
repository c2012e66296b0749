// Bench only: deletes up to $batch of the scratch relationships; the caller
// repeats until none is left.
MATCH (:BenchCeiling)-[r:BENCH_CEILING]->()
WITH r LIMIT $batch
DELETE r
RETURN count(r) AS deleted
