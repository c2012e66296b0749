// Where entities appear: for each entity of $ids and each county whose
// reports name it (the county a report is about, as in the saved query
// companies-across-counties), the reports and the evidence sentences there:
// the mention's and those of the entity's facts from the same report.
// $ids: [string]; $county: string or null (only that county)
UNWIND $ids AS id
MATCH (c:Entity {id: id})<-[m:MENTIONS]-(r:Report)
OPTIONAL MATCH (k:County {code: r.subjectCode})
WITH c, m, r, k, coalesce(k.name, r.subject) AS county
WHERE county IS NOT NULL AND ($county IS NULL OR county = $county)
RETURN c, k, county,
       {id: r.id, title: r.title, source: r.source, date: r.date, subject: county} AS report,
       [m] + [(c)-[f]-(:Entity) WHERE f.report = r.id | f] AS rels
ORDER BY county, r.date, r.title
