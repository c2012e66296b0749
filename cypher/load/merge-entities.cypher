// Entities are merged by id (ids are stable: see src/ids.ts); the type label
// comes from a closed set (validated before loading). One row per entity of
// the batch (src/neo4j/rows.ts combineRows folds the reports' rows).
// Name and props come from the report with the smallest id that names the
// entity (row.from; the entity keeps it as propsFrom), so a graph is the same
// whatever order its reports were loaded in. A row that takes over first
// removes the props the previous report gave (propKeys). When the report
// that gave them stops naming the entity, lost-entity-props.cypher and
// set-entity-props.cypher hand them to the next one.
// Aliases are the union of the names every report's MENTIONS uses for the
// entity, minus its canonical name, sorted. They are kept up to date here
// without reading those MENTIONS (a popular entity has thousands): the union
// so far is the stored aliases plus the name the entity had, if some report
// still uses it; to it come the names of this batch ($entities.names).
// Entities a replaced or deleted report mentioned get their aliases rebuilt
// from all MENTIONS afterwards (refresh-aliases.cypher).
// $entities: [{id, type, name, props, from, names}]
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
WITH e, row, e.name AS before, e.propsFrom IS NULL OR row.from <= e.propsFrom AS takesOver
SET e:$(row.type)
FOREACH (key IN CASE WHEN takesOver THEN coalesce(e.propKeys, []) ELSE [] END | REMOVE e[key])
FOREACH (_ IN CASE WHEN takesOver THEN [1] ELSE [] END |
  SET e += row.props, e.name = row.name, e.propsFrom = row.from, e.propKeys = keys(row.props))
WITH e, row,
  CASE WHEN before IS NULL OR before = e.name THEN []
       WHEN EXISTS { (:Report)-[m:MENTIONS]->(e) WHERE before IN m.names } THEN [before]
       ELSE [] END AS kept
CALL (e, row, kept) {
  UNWIND coalesce(e.aliases, []) + kept + row.names AS alias
  WITH DISTINCT alias WHERE alias <> e.name
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.aliases = aliases
