// Company summaries, step 3 of 3: what the companies-across-counties query
// reads, stored on each company. Lists run in parallel, sorted by county name:
// countyNames, countyIds ("" where no County entity has the report's
// subject code), countyReports (reports of that county naming the company),
// countyEvidence (evidence sentences in them: mentions and facts);
// countyCount and evidenceCount are their size and sum.
// $rows: [{id, countyNames, countyIds, countyReports, countyEvidence, countyCount, evidenceCount}]
UNWIND $rows AS row
MATCH (c:Company {id: row.id})
SET c.countyNames = row.countyNames,
    c.countyIds = row.countyIds,
    c.countyReports = row.countyReports,
    c.countyEvidence = row.countyEvidence,
    c.countyCount = row.countyCount,
    c.evidenceCount = row.evidenceCount
