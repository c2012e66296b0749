// Companies by the number of counties whose reports name them
// (src/neo4j/company-summaries.ts): companies-across-counties seeks this index.
CREATE INDEX company_county_count IF NOT EXISTS FOR (n:Company) ON (n.countyCount);
