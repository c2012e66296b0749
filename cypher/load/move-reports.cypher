// Reports found unchanged (same id, text and facts) in another file or at
// another position of their file: a moved or copied corpus. Only where they
// are is updated; their facts stay as they are. The file key goes: it is set
// again once the load has the whole of the new file (mark-file-keys.cypher).
// $reports: [{id, source, index, inputChecksum}]
// $loadedAt: ISO timestamp of this load.
UNWIND $reports AS row
MATCH (r:Report {id: row.id})
SET r.source = row.source, r.index = row.index, r.inputChecksum = row.inputChecksum, r.loadedAt = $loadedAt
REMOVE r.fileKey
