// Reports loaded earlier from a source file that no longer holds them (the
// file now has fewer reports). $source: source path; $keep: ids still in it.
MATCH (r:Report {source: $source})
WHERE NOT r.id IN $keep
RETURN r.id AS id
