// The facts of entities in given reports: for each {id, reports} of
// $appearances, the relationships between that entity and other entities
// whose `report` is one of those reports (the rows of appearances.cypher).
// One pass over each entity's facts (the fact types of src/types.ts
// RELATION_TYPES but MENTIONS, so Neo4j skips those).
// $appearances: [{id: string, reports: [string]}]
UNWIND $appearances AS appearance
MATCH (c:Entity {id: appearance.id})-[f:HAS_PROJECT|INVOLVES|LOCATED_IN|PROMOTES|HOLDS_OFFICE]-(:Entity)
WHERE f.report IN appearance.reports
RETURN appearance.id AS id, f
