// name: neighbourhood
// description: Everything directly connected to one entity: its facts in both
//   directions and the reports that mention it, with evidence.
// param entity: string — entity name, alias or id
// param limit: integer = 100 — most neighbours returned
// column neighbour — name of the neighbouring entity, or title of the report
// column kind — its label (County, Company, Project, Slogan, Person, Report)
// column relation — relationship type
// column direction — out (entity -> neighbour) or in (neighbour -> entity)
// column evidence — number of evidence sentences
// column sentence — the first evidence sentence
// column path — the entity, the relationship and the neighbour
MATCH (e:Entity)
WHERE e.id = $entity OR e.name = $entity OR $entity IN e.aliases
MATCH path = (e)-[f]-(n)
WITH path, e, f, n
RETURN coalesce(n.name, n.title) AS neighbour,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS kind,
       type(f) AS relation,
       CASE WHEN startNode(f) = e THEN 'out' ELSE 'in' END AS direction,
       size(f.evidenceText) AS evidence,
       head(f.evidenceText) AS sentence,
       path
ORDER BY relation, neighbour
LIMIT $limit
