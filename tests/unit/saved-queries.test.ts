import { describe, expect, it } from "vitest";
import { SavedQueryError } from "../../src/neo4j/errors.ts";
import { bindParams, getSavedQuery, listSavedQueries, parseSavedQuery } from "../../src/neo4j/saved-queries.ts";

const HEADER = `// name: demo
// description: A query for tests, long enough
//   to continue on a second line.
// param county: string — county name
// param limit: integer = 10 — most rows
// param strict: boolean = false — exact names only
// column county — the county
MATCH (k:County {name: $county}) RETURN k.name AS county LIMIT $limit
`;

describe("saved-queries", () => {
  it("should list the saved queries the issue asks for", () => {
    const names = listSavedQueries().map((q) => q.name);
    expect(names).toEqual(
      expect.arrayContaining(["companies-across-counties", "county-profile", "project-companies", "slogan-counties", "shortest-path", "neighbourhood"]),
    );
  });

  it.each(listSavedQueries().map((q) => [q.name, q] as const))("should declare exactly the parameters %s uses", (_name, query) => {
    const body = query.cypher
      .split("\n")
      .filter((line) => !line.startsWith("//"))
      .join("\n");
    const used = [...new Set([...body.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))].sort();
    expect(used).toEqual(query.params.map((p) => p.name).sort());
  });

  it.each(listSavedQueries().map((q) => [q.name, q] as const))("should declare the columns %s returns", (_name, query) => {
    const returned = query.cypher.slice(query.cypher.lastIndexOf("RETURN"));
    for (const column of query.columns) expect(returned).toMatch(new RegExp(`\\b${column.name}\\b`));
  });

  it("should parse a header with a continued description, types and defaults", () => {
    const query = parseSavedQuery(HEADER, "demo.cypher");
    expect(query.description).toBe("A query for tests, long enough to continue on a second line.");
    expect(query.params).toEqual([
      { name: "county", type: "string", description: "county name" },
      { name: "limit", type: "integer", description: "most rows", default: 10 },
      { name: "strict", type: "boolean", description: "exact names only", default: false },
    ]);
    expect(query.columns).toEqual([{ name: "county", description: "the county" }]);
  });

  it.each([
    ["no name", HEADER.replace("// name: demo\n", ""), /name/],
    ["an unknown type", HEADER.replace("integer = 10", "number = 10"), /unknown type number/],
    ["a default of the wrong type", HEADER.replace("integer = 10", "integer = ten"), /must be a integer/],
    ["a malformed param line", HEADER.replace("// param county: string — county name", "// param county"), /cannot read/],
  ])("should reject a header with %s", (_what, text, message) => {
    expect(() => parseSavedQuery(text, "demo.cypher")).toThrow(SavedQueryError);
    expect(() => parseSavedQuery(text, "demo.cypher")).toThrow(message);
  });

  const demo = parseSavedQuery(HEADER, "demo.cypher");
  it.each([
    [{ county: "闻喜县" }, { county: "闻喜县", limit: 10, strict: false }],
    [{ county: " 闻喜县 ", limit: "3", strict: "true" }, { county: "闻喜县", limit: 3, strict: true }],
    [{ county: "闻喜县", limit: 7 }, { county: "闻喜县", limit: 7, strict: false }],
  ])("should bind %j", (given, bound) => {
    expect(bindParams(demo, given)).toEqual(bound);
  });

  it.each([
    [{}, /"county" is required/],
    [{ county: "" }, /"county" is required/],
    [{ county: "闻喜县", limit: "2.5" }, /must be a integer/],
    [{ county: "闻喜县", strict: "yes" }, /must be a boolean/],
    [{ county: "闻喜县", sql: "DROP" }, /unknown parameter "sql"/],
  ])("should refuse %j", (given, message) => {
    expect(() => bindParams(demo, given)).toThrow(message);
  });

  it("should name the saved queries when asked for one that does not exist", () => {
    expect(() => getSavedQuery("nope")).toThrow(/county-profile/);
  });
});
