// What the filters offer: nodes per kind, and reports per county (the county
// a report is about).
CALL () {
  UNWIND ['County', 'Company', 'Project', 'Slogan', 'Person', 'Report'] AS kind
  CALL (kind) { MATCH (n:$(kind)) RETURN count(n) AS count }
  RETURN collect({kind: kind, count: count}) AS kinds
}
CALL () {
  MATCH (r:Report)
  OPTIONAL MATCH (k:County {code: r.subjectCode})
  WITH coalesce(k.name, r.subject) AS county WHERE county IS NOT NULL
  WITH county, count(*) AS count ORDER BY county
  RETURN collect({name: county, count: count}) AS counties
}
RETURN kinds, counties
