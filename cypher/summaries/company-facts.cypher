// Company summaries, step 2 of 3: for each company of $ids, the number of
// evidence sentences of its facts, per report. The fact types are those of
// src/types.ts RELATION_TYPES but MENTIONS (naming them lets Neo4j skip the
// company's mentions, most of its relationships).
// $ids: [string]
UNWIND $ids AS id
MATCH (c:Company {id: id})-[f:HAS_PROJECT|INVOLVES|LOCATED_IN|PROMOTES|HOLDS_OFFICE]-(:Entity)
RETURN c.id AS id, f.report AS report, sum(size(f.evidenceText)) AS evidence
