// Where entities appear: for each entity of $ids and each county whose
// reports name it (the county a report is about, as in the saved query
// companies-across-counties), the reports and the mention there. The
// entity's facts from the same reports come from appearance-facts.cypher and
// are joined to these rows by report id in the service (src/server/appearances.ts):
// matching them here, per row, scanned all the entity's relationships for
// every report that mentions it. Rows name the entity and county by id (the
// service reads those nodes once): a whole node on each of thousands of rows
// made the answer three times slower to send and decode.
// $ids: [string]; $county: string or null (only that county)
UNWIND $ids AS id
MATCH (c:Entity {id: id})<-[m:MENTIONS]-(r:Report)
OPTIONAL MATCH (k:County {code: r.subjectCode})
WITH c, m, r, k, coalesce(k.name, r.subject) AS county
WHERE county IS NOT NULL AND ($county IS NULL OR county = $county)
RETURN c.id AS id, k.id AS countyId, county,
       {id: r.id, title: r.title, source: r.source, date: r.date, subject: county} AS report,
       [m] AS rels
ORDER BY county, r.date, r.title
