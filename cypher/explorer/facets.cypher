// What the filters offer: nodes per kind, and reports per county (the county
// a report is about).
// Node counts come from the count store (a label given as a parameter, $(kind),
// scanned every node once per kind).
CALL () {
  RETURN [
    {kind: 'County', count: COUNT { (:County) }},
    {kind: 'Company', count: COUNT { (:Company) }},
    {kind: 'Project', count: COUNT { (:Project) }},
    {kind: 'Slogan', count: COUNT { (:Slogan) }},
    {kind: 'Person', count: COUNT { (:Person) }},
    {kind: 'Report', count: COUNT { (:Report) }}
  ] AS kinds
}
CALL () {
  MATCH (r:Report)
  OPTIONAL MATCH (k:County {code: r.subjectCode})
  WITH coalesce(k.name, r.subject) AS county WHERE county IS NOT NULL
  WITH county, count(*) AS count ORDER BY county
  RETURN collect({name: county, count: count}) AS counties
}
RETURN kinds, counties
