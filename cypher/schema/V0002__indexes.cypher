// Lookups by exact name (saved queries take names), of a report's subject
// county by its GB/T 2260 code, by report source path,
// and by the `report` property of fact relationships: replacing a changed
// report deletes its relationships through these indexes.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX county_name IF NOT EXISTS FOR (n:County) ON (n.name);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX slogan_name IF NOT EXISTS FOR (n:Slogan) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX county_code IF NOT EXISTS FOR (n:County) ON (n.code);
CREATE INDEX report_source IF NOT EXISTS FOR (n:Report) ON (n.source);
CREATE INDEX has_project_report IF NOT EXISTS FOR ()-[r:HAS_PROJECT]-() ON (r.report);
CREATE INDEX involves_report IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.report);
CREATE INDEX located_in_report IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.report);
CREATE INDEX promotes_report IF NOT EXISTS FOR ()-[r:PROMOTES]-() ON (r.report);
CREATE INDEX holds_office_report IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() ON (r.report);
CREATE INDEX mentions_report IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.report);
