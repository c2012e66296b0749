// Full-text search over entity names and aliases. The `cjk` analyzer indexes
// Chinese as overlapping character bigrams, so "建龙" finds 山西建龙实业有限公司
// and Traditional aliases (建龍) are searchable too. Report titles get their own
// index for finding sources.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:County|Company|Project|Slogan|Person) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX report_titles IF NOT EXISTS
FOR (n:Report) ON EACH [n.title, n.subject]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
