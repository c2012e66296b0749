// Checksums of the reports already loaded, to skip unchanged ones.
// $ids: list of report ids.
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r.id AS id, r.checksum AS checksum, r.factsChecksum AS factsChecksum
