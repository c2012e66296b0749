// Marks the summaries of these entities, where they are companies or
// counties, as out of date: run by the load for the entities of the reports
// it writes and those that replaced or deleted reports mentioned, in the same
// transaction, so a crash never leaves a summary that disagrees with the facts.
// $ids: [string]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE e:Company OR e:County
REMOVE e.countyCount
