// name: slogan-counties
// description: Where a slogan appears: every report that names it, the county
//   the report is about, and the sentences (from the PROMOTES fact when there
//   is one, else from the mention).
// param slogan: string — slogan name (e.g. 六稳), alias or entity id
// column slogan — the slogan's canonical name
// column county — county the report is about
// column report — report title
// column date — report date
// column evidence — number of evidence sentences in that report
// column sentence — the first of them
MATCH (s:Slogan)
WHERE s.id = $slogan OR s.name = $slogan OR $slogan IN s.aliases
MATCH (r:Report)-[m:MENTIONS]->(s)
OPTIONAL MATCH (k:County {code: r.subjectCode})
OPTIONAL MATCH (:County)-[p:PROMOTES {report: r.id}]->(s)
WITH s, r, m, k, collect(p) AS promotes
WITH s, r, k, CASE WHEN size(promotes) > 0 THEN reduce(acc = [], p IN promotes | acc + p.evidenceText) ELSE m.evidenceText END AS sentences
RETURN s.name AS slogan,
       coalesce(k.name, r.subject) AS county,
       r.title AS report,
       r.date AS date,
       size(sentences) AS evidence,
       head(sentences) AS sentence
ORDER BY county, date, report
