// One Report node per report; its properties are replaced as a whole.
// Returns the ids of the reports that were in the graph already: the loader
// deleted their earlier facts first and checks that it knew them all.
// $reports: [{id, props: {source, index, title, date, checksum, factsChecksum,
//   subject, subjectCity, subjectProvince, subjectCode, speaker, speakerRole, text}}]
// $loadedAt: ISO timestamp of this load.
UNWIND $reports AS row
OPTIONAL MATCH (old:Report {id: row.id})
WITH row, old IS NOT NULL AS existed
MERGE (r:Report {id: row.id})
SET r = row.props, r.id = row.id, r.loadedAt = $loadedAt
RETURN collect(CASE WHEN existed THEN row.id END) AS existed
