// name: project-companies
// description: The companies a project involves (INVOLVES), with their role,
//   the county that has the project and the sentences that say so.
// param project: string — project name, alias or entity id
// column project — the project's canonical name
// column counties — counties that have the project (HAS_PROJECT)
// column company — a company the project involves
// column roles — roles read from the evidence (builder, investor, operator, participant)
// column evidence — number of evidence sentences
// column sentence — the first evidence sentence
MATCH (p:Project)
WHERE p.id = $project OR p.name = $project OR $project IN p.aliases
MATCH (p)-[f:INVOLVES]->(c:Company)
WITH p, c, collect(f) AS facts
CALL (p) {
  OPTIONAL MATCH (k:County)-[:HAS_PROJECT]->(p)
  WITH DISTINCT k ORDER BY k.name
  RETURN collect(k.name) AS counties
}
RETURN p.name AS project,
       counties,
       c.name AS company,
       [role IN reduce(acc = [], f IN facts | CASE WHEN f.role IS NULL OR f.role IN acc THEN acc ELSE acc + f.role END) | role] AS roles,
       reduce(n = 0, f IN facts | n + size(f.evidenceText)) AS evidence,
       head(reduce(acc = [], f IN facts | acc + f.evidenceText)) AS sentence
ORDER BY project, company
