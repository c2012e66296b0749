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
MATCH (r:Report)-[m:MENTIONS]->(c:Company)
OPTIONAL MATCH (k:County {code: r.subjectCode})
WITH c, r, m, coalesce(k.name, r.subject) AS county
WHERE county IS NOT NULL
WITH c, county,
     sum(size(m.evidenceText)
         + reduce(n = 0, f IN [(c)-[f]-(:Entity) WHERE f.report = r.id | f] | n + size(f.evidenceText))) AS evidence
ORDER BY county
WITH c, collect(county) AS countyNames, sum(evidence) AS evidence
WHERE size(countyNames) >= $minCounties
RETURN c.name AS company, size(countyNames) AS counties, countyNames, evidence, c.id AS companyId
ORDER BY counties DESC, evidence DESC, company
LIMIT $limit
