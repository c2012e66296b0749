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
// Reads the summaries the loader keeps on each company
// (src/neo4j/company-summaries.ts: the counties whose reports name it, the
// evidence sentences of those reports' mentions and facts about it), through
// the index on countyCount: the cost does not grow with the corpus.
MATCH (c:Company)
WHERE c.countyCount >= $minCounties
RETURN c.name AS company, c.countyCount AS counties, c.countyNames AS countyNames, c.evidenceCount AS evidence, c.id AS companyId
ORDER BY counties DESC, evidence DESC, company
LIMIT $limit
