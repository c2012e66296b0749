// Title, source and date of reports by id, to name the source of evidence.
// $ids: [string]
UNWIND $ids AS id
MATCH (r:Report {id: id})
OPTIONAL MATCH (k:County {code: r.subjectCode})
RETURN r.id AS id, r.title AS title, r.source AS source, r.date AS date, coalesce(k.name, r.subject) AS subject
