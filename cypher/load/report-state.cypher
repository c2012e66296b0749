// Every report already loaded, read once before a load (in pages of $limit
// reports, by id after $after): unchanged reports are skipped without a
// query of their own, reports new to the graph are written without first
// deleting earlier facts, and reports a source file no longer holds are
// found without a query per file; source and index tell a report whose file
// moved. inputChecksum (sha256 of the JSONL line a report was written from)
// lets an identical line be skipped unparsed; fileKey says whether the
// report's file key needs setting at the end.
MATCH (r:Report)
WHERE r.id > $after
RETURN r.id AS id, r.source AS source, r.index AS index, r.checksum AS checksum, r.factsChecksum AS factsChecksum,
       r.inputChecksum AS inputChecksum, r.fileKey AS fileKey
ORDER BY r.id
LIMIT $limit
