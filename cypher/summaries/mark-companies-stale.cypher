// Marks the summaries of these entities, where they are companies, as out of
// date: run by the load for the entities of the reports it writes and those
// that replaced or deleted reports mentioned, in the same transaction, so a
// crash never leaves a summary that disagrees with the facts.
// $ids: [string]
UNWIND $ids AS id
MATCH (c:Company {id: id})
REMOVE c.countyCount
