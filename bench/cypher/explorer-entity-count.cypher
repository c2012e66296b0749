// Bench only: how many entities the bench graph holds (the explorer stage
// needs as many as its largest graph).
MATCH (e:Entity)
RETURN count(e) AS entities
