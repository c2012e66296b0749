// An entity's aliases are the union of the names every report uses for it
// (minus the canonical name), sorted, so they follow reports that change.
// $entities: list of entity ids.
UNWIND $entities AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (:Report)-[m:MENTIONS]->(e)
  UNWIND coalesce(m.names, []) AS alias
  WITH DISTINCT alias WHERE alias <> e.name
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET e.aliases = aliases
