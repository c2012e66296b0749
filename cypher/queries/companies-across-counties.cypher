// name: companies-across-counties
// description: Companies named in the reports of several counties (the county
//   a report is about), with those counties and the number of evidence
//   sentences (mentions and facts about the company in those reports).
// param minCounties: integer = 2 — least number of counties a company must appear in
// param limit: integer = 50 — most rows returned
// column company — the company's canonical name
// column counties — number of distinct counties whose reports name it
// column countyNames — those counties, sorted
// column evidence — evidence sentences stored for it in those reports
// column companyId — entity id, for follow-up queries
// Cost: one pass over the mentions of companies in reports with a county, and
// one over the facts of each company that passes $minCounties (evidence of a
// fact counts when its report is one of those mentioning the company); no
// per-mention scan of all the company's relationships. The fact types are
// those of src/types.ts RELATION_TYPES but MENTIONS (naming them lets Neo4j skip the
// company's MENTIONS, most of its relationships).
MATCH (r:Report)
OPTIONAL MATCH (k:County {code: r.subjectCode})
WITH r, coalesce(k.name, r.subject) AS county
WHERE county IS NOT NULL
MATCH (r)-[m:MENTIONS]->(c:Company)
WITH c, county, collect(r.id) AS reportIds, sum(size(m.evidenceText)) AS mentionEvidence
ORDER BY county
WITH c, collect(county) AS countyNames, collect(reportIds) AS reportIdLists, sum(mentionEvidence) AS mentionEvidence
WHERE size(countyNames) >= $minCounties
CALL (c, reportIdLists) {
  UNWIND reportIdLists AS ids
  UNWIND ids AS id
  WITH collect(id) AS reportIds
  MATCH (c)-[f:HAS_PROJECT|INVOLVES|LOCATED_IN|PROMOTES|HOLDS_OFFICE]-(:Entity)
  WHERE f.report IN reportIds
  RETURN sum(size(f.evidenceText)) AS factEvidence
}
RETURN c.name AS company, size(countyNames) AS counties, countyNames, mentionEvidence + factEvidence AS evidence, c.id AS companyId
ORDER BY counties DESC, evidence DESC, company
LIMIT $limit
