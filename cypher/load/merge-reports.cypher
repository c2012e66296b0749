// One Report node per report; its properties are replaced as a whole.
// $reports: [{id, props: {source, index, title, date, checksum, factsChecksum,
//   subject, subjectCity, subjectProvince, subjectCode, speaker, speakerRole, text}}]
// $loadedAt: ISO timestamp of this load.
UNWIND $reports AS row
MERGE (r:Report {id: row.id})
SET r = row.props, r.id = row.id, r.loadedAt = $loadedAt
