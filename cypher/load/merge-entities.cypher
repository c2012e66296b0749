// Entities are merged by id (ids are stable: see src/ids.ts); the type label
// comes from a closed set (validated before loading). One row per entity of
// the batch (src/neo4j/rows.ts combineRows folds the reports' rows).
// Aliases are the union of the names every report's MENTIONS uses for the
// entity, minus its canonical name, sorted. They are kept up to date here
// without reading those MENTIONS (a popular entity has thousands): the union
// so far is the stored aliases plus the name the entity had, if some report
// still uses it; to it come the names of this batch ($entities.names).
// Entities a replaced or deleted report mentioned get their aliases rebuilt
// from all MENTIONS afterwards (refresh-aliases.cypher).
// $entities: [{id, type, name, props, names}]
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
WITH e, row, e.name AS before
SET e += row.props, e.name = row.name, e:$(row.type)
WITH e, row,
  CASE WHEN before IS NULL OR before = row.name THEN []
       WHEN EXISTS { (:Report)-[m:MENTIONS]->(e) WHERE before IN m.names } THEN [before]
       ELSE [] END AS kept
CALL (e, row, kept) {
  UNWIND coalesce(e.aliases, []) + kept + row.names AS alias
  WITH DISTINCT alias WHERE alias <> row.name
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.aliases = aliases
