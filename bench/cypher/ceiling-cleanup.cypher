// Bench only: removes the scratch nodes.
MATCH (n:BenchCeiling)
DETACH DELETE n
