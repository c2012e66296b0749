// Company summaries, step 1 of 3: for each company of $ids, the reports that
// mention it and have a county (the county a report is about: the County
// entity with the report's subject code, else the subject's name), with the
// number of evidence sentences of each mention.
// $ids: [string]
UNWIND $ids AS id
MATCH (c:Company {id: id})<-[m:MENTIONS]-(r:Report)
OPTIONAL MATCH (k:County {code: r.subjectCode})
WITH c, r, m, k, coalesce(k.name, r.subject) AS county
WHERE county IS NOT NULL
RETURN c.id AS id, r.id AS report, county, k.id AS countyId, size(m.evidenceText) AS evidence
