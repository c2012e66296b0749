// Gives entities the name and props of the report that now gives them
// (lost-entity-props.cypher), removing the props the previous one gave.
// $entities: [{id, from, name, props}]; name and props are null for MENTIONS
// loaded before they held them: the entity then keeps what it has.
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
SET e.propsFrom = row.from
WITH e, row WHERE row.props IS NOT NULL
FOREACH (key IN coalesce(e.propKeys, []) | REMOVE e[key])
SET e += row.props, e.name = row.name, e.propKeys = keys(row.props)
