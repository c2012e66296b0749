import { describe, expect, it } from "vitest";
import { ReadOnlyViolationError } from "../../src/errors.ts";
import { listCypherFiles, loadCypher } from "../../src/neo4j/cypher-files.ts";
import { assertReadOnlyCypher } from "../../src/neo4j/cypher-guard.ts";
import { tokenizeCypher } from "../../src/neo4j/cypher-tokens.ts";

function rejection(query: string): string {
  try {
    assertReadOnlyCypher(query);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadOnlyViolationError);
    return (error as Error).message;
  }
  throw new Error(`expected the guard to reject: ${query}`);
}

describe("cypher-guard", () => {
  it.each([
    ["a match", "MATCH (k:County {name: '闻喜县'})-[:HAS_PROJECT]->(p) RETURN k, p LIMIT 25"],
    ["a path with variables named start and end", "MATCH p = (start)-[*1..3]-(end) WHERE start.name = $a RETURN p"],
    ["keywords inside strings", "MATCH (n) WHERE n.name = 'CREATE (m) SET m.x = 1' OR n.name = \"LOAD CSV\" RETURN n"],
    ["keywords inside comments", "MATCH (n) // DELETE n\nRETURN n /* CALL dbms.killQuery() */"],
    ["keywords as properties, labels, map keys and parameters", "MATCH (n:`CREATE`) WHERE n.delete = $set RETURN n {.merge, remove: n.load}"],
    ["a backticked variable named like a keyword", "MATCH (`set`) RETURN `set`"],
    ["a subquery and a scoped subquery", "MATCH (k:County) CALL { MATCH (c:Company) RETURN count(c) AS n } CALL (k) { MATCH (k)--(x) RETURN count(x) AS d } RETURN k, n, d"],
    ["the full-text search procedure", "CALL db.index.fulltext.queryNodes('entity_names', '建龙') YIELD node, score RETURN node.name, score"],
    ["schema procedures in any case", "CALL DB.Labels() YIELD label RETURN label"],
    ["a standalone procedure call without parentheses", "CALL db.relationshipTypes"],
    ["SHOW INDEXES", "SHOW ALL INDEXES YIELD name RETURN name"],
    ["SHOW CONSTRAINTS", "SHOW CONSTRAINTS"],
    ["built-in temporal and spatial functions", "RETURN date.truncate('month', date()), duration.between(date('2021-01-01'), date()), point.distance(point({x: 1, y: 2}), point({x: 0, y: 0}))"],
    ["EXPLAIN and CYPHER options", "CYPHER runtime=slotted EXPLAIN MATCH (n) RETURN count(n)"],
    ["a trailing semicolon", "MATCH (n) RETURN n LIMIT 1;"],
    ["a COUNT subquery and a type predicate", "MATCH (n) WHERE COUNT { (n)--() } > 2 AND n.name IS :: STRING RETURN n"],
    ["a list comprehension", "RETURN [x IN range(1, 5) WHERE x % 2 = 0 | x * 10] AS xs"],
    ["a float before a property", "RETURN 1.5 AS x, {a: 1}.a AS y"],
  ])("should let %s through", (_name, query) => {
    expect(() => assertReadOnlyCypher(query)).not.toThrow();
  });

  it.each([
    ["CREATE", "CREATE (n:Company {name: 'x'}) RETURN n", /CREATE writes/],
    ["MERGE", "MERGE (n:Company {name: 'x'})", /MERGE writes/],
    ["SET", "MATCH (n) SET n.name = 'x'", /SET writes/],
    ["DELETE", "MATCH (n) DELETE n", /DELETE writes/],
    ["DETACH DELETE", "MATCH (n) DETACH DELETE n", /DETACH DELETE writes/],
    ["REMOVE", "MATCH (n) REMOVE n:Company", /REMOVE writes/],
    ["FOREACH", "MATCH (n) FOREACH (x IN [1] | SET n.x = x)", /FOREACH/],
    ["LOAD CSV from a file", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV reads files/],
    ["LOAD CSV from a URL", "LOAD CSV WITH HEADERS FROM 'http://169.254.169.254/latest/meta-data/' AS row RETURN row", /LOAD CSV/],
    ["DROP", "DROP INDEX entity_names", /DROP changes the schema/],
    ["CALL dbms.*", "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", /procedure dbms\.setConfigValue is not allowed/],
    ["a user admin procedure", "CALL dbms.security.createUser('eve', 'secret', false)", /dbms\.security\.createUser is not allowed/],
    ["a write procedure", "CALL db.createLabel('Hacked')", /db\.createLabel is not allowed/],
    ["an APOC procedure", "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value", /apoc\.load\.json is not allowed/],
    ["dbms.components", "CALL dbms.components()", /dbms\.components is not allowed/],
    ["a plugin function that runs Cypher", "RETURN apoc.cypher.runFirstColumnSingle('LOAD CSV FROM \"file:///etc/passwd\" AS l RETURN l', {})", /function apoc\.cypher\.runFirstColumnSingle is not allowed/],
    ["USE another database", "USE system MATCH (n) RETURN n", /USE switches/],
    ["SHOW USERS", "SHOW USERS", /SHOW USERS is an administration command/],
    ["SHOW TRANSACTIONS", "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery", /SHOW TRANSACTIONS/],
    ["SHOW SETTINGS", "SHOW SETTINGS", /SHOW SETTINGS/],
    ["ALTER CURRENT USER", "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'b'", /ALTER is an administration command/],
    ["TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE is an administration command/],
    ["CALL IN TRANSACTIONS", "MATCH (n) CALL { WITH n RETURN n } IN TRANSACTIONS RETURN n", /IN TRANSACTIONS/],
    ["two statements", "MATCH (n) RETURN n; MATCH (m) RETURN m", /one statement at a time/],
  ])("should reject %s", (_name, query, message) => {
    expect(rejection(query)).toMatch(message);
  });

  it.each([
    ["lower case", "match (n) create (m)"],
    ["mixed case", "MATCH (n) CrEaTe (m)"],
    ["a long s that upper-cases to S", "MATCH (n) ſet n.x = 1"],
    ["a tab and a newline", "MATCH (n)\n\tCREATE\t(m)"],
    ["an ideographic space", "MATCH (n)\u3000CREATE\u3000(m)"],
    ["a no-break space", "MATCH (n)\u00a0DELETE\u00a0n"],
    ["a zero-width space before the word", "MATCH (n)\u200bDELETE n"],
    ["a BOM before the word", "\ufeffCREATE (m)"],
    ["a unit separator (whitespace to Java)", "MATCH (n)\u001fDELETE n"],
    ["a comment between words", "MATCH (n)/*x*/DETACH/*y*/DELETE n"],
    ["a line comment ended by a carriage return", "MATCH (n) // comment\rCREATE (m)"],
    ["a line comment ended by a line separator", "MATCH (n) // comment\u2028CREATE (m)"],
    ["a closing quote escaped in the string", "RETURN 'it\\'s' AS x CREATE (m)"],
    ["an escaped backslash before the closing quote", "RETURN 'a\\\\' AS x CREATE (m)"],
    ["a string that looks closed by a doubled quote", "RETURN 'a''b' AS x CREATE (m)"],
    ["a float followed by a keyword", "MATCH (n) WHERE n.x = 1. CREATE (m)"],
    ["a spaced dot before a keyword", "MATCH (n) WITH n . SET n.x = 1"],
    ["the procedure name in backticks", "CALL `dbms`.`security`.`createUser`('eve', 'x', false)"],
    ["the procedure name split by spaces and comments", "CALL dbms /* x */ . setConfigValue('a', 'b')"],
    ["a backticked function namespace", "RETURN `apoc`.cypher.runFirstColumnSingle('RETURN 1', {})"],
  ])("should not be fooled by %s", (_name, query) => {
    expect(rejection(query)).toMatch(/^read-only: (CREATE|SET|DELETE|DETACH DELETE) writes|^read-only: the (procedure|function) \S+ is not allowed/);
  });

  it.each([
    ["an unterminated string", "MATCH (n) WHERE n.name = 'x RETURN n", /string opened with ' is not closed/],
    ["an unterminated comment", "MATCH (n) /* RETURN n", /comment is not closed/],
    ["an unterminated quoted name", "MATCH (`n) RETURN n", /quoted name/],
    ["a number glued to a keyword", "MATCH (n) WITH n, 0x1SET n.x = 1", /runs into a word/],
  ])("should refuse to guess on %s", (_name, query, message) => {
    expect(rejection(query)).toMatch(message);
  });

  it("should say where the offending word is", () => {
    expect(rejection("MATCH (n)\nWITH n\nDETACH DELETE n")).toMatch(/DETACH DELETE writes to the graph \(line 3, column 1\)/);
  });

  it("should let every saved query and explorer read through", () => {
    const reads = [...listCypherFiles("queries"), ...listCypherFiles("explorer")];
    expect(reads.length).toBeGreaterThan(10);
    for (const name of reads) expect(() => assertReadOnlyCypher(loadCypher(name)), name).not.toThrow();
  });

  it("should reject every loading statement", () => {
    // report-state and held-files read what the graph holds before a load, lost-entity-props which
    // entities need their props again; stale-companies, stale-counties and the company-* reads compute
    // summaries; all the others write.
    const reads = /report-state|held-files|lost-entity-props|stale-companies|stale-counties|company-mentions|company-facts/;
    for (const name of [...listCypherFiles("load"), ...listCypherFiles("summaries")].filter((file) => !reads.test(file))) {
      expect(() => assertReadOnlyCypher(loadCypher(name)), name).toThrow(ReadOnlyViolationError);
    }
  });

  it("should tokenize strings, quoted names and comments", () => {
    const tokens = tokenizeCypher("MATCH (`a``b`) // c\nWHERE a.x = 'd\\'e' RETURN 0x1F");
    expect(tokens.map((token) => [token.kind, token.text])).toEqual([
      ["word", "MATCH"],
      ["symbol", "("],
      ["name", "a`b"],
      ["symbol", ")"],
      ["word", "WHERE"],
      ["word", "a"],
      ["symbol", "."],
      ["word", "x"],
      ["symbol", "="],
      ["string", "d\\'e"],
      ["word", "RETURN"],
      ["number", "0x1F"],
    ]);
  });
});
