// Removes what earlier loads of these reports said: their fact relationships
// (found through the relationship indexes on `report`) and their MENTIONS.
// Returns the ids of the entities those reports mentioned, so the caller can
// delete the ones no report mentions any more. Lists every fact type of
// src/types.ts (a unit test checks this).
// $reports: list of report ids.
UNWIND $reports AS reportId
CALL (reportId) { MATCH ()-[f:HAS_PROJECT {report: reportId}]->() DELETE f }
CALL (reportId) { MATCH ()-[f:INVOLVES {report: reportId}]->() DELETE f }
CALL (reportId) { MATCH ()-[f:LOCATED_IN {report: reportId}]->() DELETE f }
CALL (reportId) { MATCH ()-[f:PROMOTES {report: reportId}]->() DELETE f }
CALL (reportId) { MATCH ()-[f:HOLDS_OFFICE {report: reportId}]->() DELETE f }
CALL (reportId) {
  OPTIONAL MATCH (:Report {id: reportId})-[m:MENTIONS]->(e:Entity)
  DELETE m
  RETURN collect(DISTINCT e.id) AS formerlyMentioned
}
RETURN reportId, formerlyMentioned
