import { describe, expect, it } from "vitest";
import { listCypherFiles, loadCypher, splitStatements } from "../../src/neo4j/cypher-files.ts";
import { schemaStatements } from "../../src/neo4j/schema.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/types.ts";

describe("cypher files", () => {
  it.each([
    ["two statements", "CREATE INDEX a;\nCREATE INDEX b;\n", ["CREATE INDEX a", "CREATE INDEX b"]],
    ["comments and a statement over lines", "// header\nCREATE FULLTEXT INDEX x\nFOR (n:A) ON EACH [n.name];\n", ["CREATE FULLTEXT INDEX x\nFOR (n:A) ON EACH [n.name]"]],
    ["no final semicolon", "RETURN 1", ["RETURN 1"]],
    ["a semicolon inside a line", "RETURN 'a;b';\n", ["RETURN 'a;b'"]],
  ])("should split %s", (_what, text, statements) => {
    expect(splitStatements(text)).toEqual(statements);
  });

  it("should make every schema statement idempotent", () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
  });

  it.each([...ENTITY_TYPES, "Entity", "Report"])("should constrain %s ids to be unique", (label) => {
    expect(schemaStatements()).toContainEqual(expect.stringMatching(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`)));
  });

  it.each(RELATION_TYPES)("should index the report property of %s relationships", (type) => {
    expect(schemaStatements()).toContainEqual(expect.stringMatching(new RegExp(`\\[r:${type}\\]-\\(\\) ON \\(r\\.report\\)`)));
  });

  it("should index entity names and aliases for Chinese full-text search", () => {
    const fulltext = schemaStatements().find((s) => s.includes("entity_names"))!;
    expect(fulltext).toContain("[n.name, n.aliases]");
    expect(fulltext).toContain("'cjk'");
    for (const type of ENTITY_TYPES) expect(fulltext).toContain(type);
  });

  it.each(RELATION_TYPES.filter((type) => type !== "MENTIONS"))("should delete %s facts of a replaced report", (type) => {
    expect(loadCypher("load/delete-report-facts")).toMatch(new RegExp(`\\[f:${type} \\{report: reportId\\}\\]`));
  });

  it("should pass every value of the load statements as a parameter", () => {
    for (const name of listCypherFiles("load")) {
      const code = loadCypher(name)
        .split("\n")
        .filter((line) => !line.startsWith("//"))
        .join("\n");
      expect(code, name).toMatch(/\$\w+/);
      expect(code, name).not.toMatch(/\+\s*\$|\$\w+\s*\+\s*'/);
    }
  });
});
