// Gives the reports of the input files a load took in whole their file's key
// (ingest/file-keys.ts) and how many reports the file has; held-files.cypher
// reads both at the next ingest.
// $reports: [{id, key, reports}]
UNWIND $reports AS row
MATCH (r:Report {id: row.id})
SET r.fileKey = row.key, r.fileReports = row.reports
