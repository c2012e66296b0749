// Deletes Report nodes (their facts and MENTIONS are removed first with
// delete-report-facts.cypher). $reports: list of report ids.
UNWIND $reports AS id
MATCH (r:Report {id: id})
DETACH DELETE r
