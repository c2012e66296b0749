// name: report-source
// description: One report as loaded: its metadata and normalised text (the
//   text that evidence offsets point into), for showing a fact's source.
// param report: string — report id (e.g. report:0123456789abcdef)
// column id — report id
// column title — report title
// column source — path of the file it came from
// column index — position of the report in that file
// column date — report date
// column subject — the county (or city) the report is about
// column entities — number of entities it mentions
// column text — the report text
MATCH (r:Report {id: $report})
RETURN r.id AS id, r.title AS title, r.source AS source, r.index AS index, r.date AS date,
       r.subject AS subject, COUNT { (r)-[:MENTIONS]->() } AS entities, r.text AS text
