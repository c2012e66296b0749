// Entities are merged by id (ids are stable: see src/ids.ts); the type label
// comes from a closed set (validated before loading). Aliases are not set
// here: refresh-aliases.cypher derives them from every report's MENTIONS.
// $entities: [{id, type, name, props}]
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e += row.props, e.name = row.name, e:$(row.type)
