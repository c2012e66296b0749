// Input files the graph holds in whole as they are now: every report of the
// file carries its current key (ingest/file-keys.ts) and the number of reports
// the file had when it was loaded, which is how many the graph holds. `kg
// ingest` neither reads nor extracts them again. A report without a key
// (loaded by `kg load`, or before its file was complete) makes its file new.
// $files: [{source, key}]
UNWIND $files AS file
MATCH (r:Report {source: file.source})
WITH file, count(r) AS reports, collect(r.fileKey) AS keys, collect(r.fileReports) AS counts
WHERE size(keys) = reports AND all(key IN keys WHERE key = file.key) AND all(n IN counts WHERE n = reports)
RETURN file.source AS source
