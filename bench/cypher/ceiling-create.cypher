// Bench only: $count bare relationships between two scratch nodes (no
// properties, no lookups): the fastest write the server does.
MERGE (a:BenchCeiling {id: 0})
MERGE (b:BenchCeiling {id: 1})
WITH a, b
UNWIND range(1, $count) AS i
CREATE (a)-[:BENCH_CEILING]->(b)
