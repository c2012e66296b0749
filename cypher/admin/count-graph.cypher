// Size of the graph for `kg neo4j status` and the tests: nodes and
// relationships in total, per label and per relationship type. Only COUNT
// subqueries: one row even for an empty graph (a MATCH would filter it out).
RETURN COUNT { () } AS nodes,
  COUNT { ()-->() } AS relationships,
  COUNT { (:Report) } AS reports,
  COUNT { (:Entity) } AS entities,
  COUNT { (:County) } AS counties,
  COUNT { (:Company) } AS companies,
  COUNT { (:Project) } AS projects,
  COUNT { (:Slogan) } AS slogans,
  COUNT { (:Person) } AS persons,
  COUNT { ()-[:MENTIONS]->() } AS mentions,
  COUNT { ()-[:HAS_PROJECT]->() } AS hasProject,
  COUNT { ()-[:INVOLVES]->() } AS involves,
  COUNT { ()-[:LOCATED_IN]->() } AS locatedIn,
  COUNT { ()-[:PROMOTES]->() } AS promotes,
  COUNT { ()-[:HOLDS_OFFICE]->() } AS holdsOffice
