// name: search-entities
// description: Full-text search over entity names and aliases (CJK bigram
//   analyzer, so parts of Chinese names match, in Simplified or Traditional as
//   the aliases have them). The query uses Lucene syntax.
// param q: string — words to find, e.g. 建龙
// param limit: integer = 20 — most entities returned
// column name — canonical name
// column kind — label (County, Company, Project, Slogan, Person)
// column aliases — other names
// column score — relevance
// column id — entity id
CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: $limit}) YIELD node, score
RETURN node.name AS name,
       [label IN labels(node) WHERE label <> 'Entity'][0] AS kind,
       node.aliases AS aliases,
       score,
       node.id AS id
ORDER BY score DESC, name
