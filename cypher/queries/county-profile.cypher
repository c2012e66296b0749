// name: county-profile
// description: What the reports say about one county: its projects, the
//   companies involved in them, located in it or named in reports about it,
//   the slogans it promotes and the officials who hold office there.
// param county: string — county name (e.g. 闻喜县), alias or entity id
// column county — the county's canonical name
// column code — its GB/T 2260 code
// column reports — titles of the reports about it
// column projects — projects it has (HAS_PROJECT), sorted
// column companies — companies of its projects, located in it, or named in its reports, sorted
// column slogans — slogans it promotes (PROMOTES), sorted
// column officials — people holding office there, as name（role）
MATCH (k:County)
WHERE k.id = $county OR k.name = $county OR $county IN k.aliases
CALL (k) {
  OPTIONAL MATCH (r:Report) WHERE r.subjectCode = k.code OR (r.subjectCode IS NULL AND r.subject = k.name)
  WITH r ORDER BY r.title
  RETURN collect(DISTINCT r.title) AS reports
}
CALL (k) {
  OPTIONAL MATCH (k)-[:HAS_PROJECT]->(p:Project)
  WITH DISTINCT p ORDER BY p.name
  RETURN collect(p.name) AS projects
}
CALL (k) {
  CALL (k) {
    MATCH (k)-[:HAS_PROJECT]->(:Project)-[:INVOLVES]->(c:Company) RETURN c
    UNION
    MATCH (c:Company)-[:LOCATED_IN]->(k) RETURN c
    UNION
    MATCH (r:Report)-[:MENTIONS]->(c:Company)
    WHERE r.subjectCode = k.code OR (r.subjectCode IS NULL AND r.subject = k.name)
    RETURN c
  }
  WITH c ORDER BY c.name
  RETURN collect(c.name) AS companies
}
CALL (k) {
  OPTIONAL MATCH (k)-[:PROMOTES]->(s:Slogan)
  WITH DISTINCT s ORDER BY s.name
  RETURN collect(s.name) AS slogans
}
CALL (k) {
  OPTIONAL MATCH (p:Person)-[h:HOLDS_OFFICE]->(k)
  WITH p, collect(DISTINCT h.role) AS roles ORDER BY p.name
  WITH p, [role IN roles WHERE role IS NOT NULL] AS roles
  RETURN collect(CASE WHEN size(roles) = 0 THEN p.name ELSE p.name + '（' + reduce(s = head(roles), x IN tail(roles) | s + '、' + x) + '）' END) AS officials
}
RETURN k.name AS county, k.code AS code, reports, projects, companies, slogans, officials
