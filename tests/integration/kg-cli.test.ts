/**
 * The kg commands of the Neo4j layer, run as a user runs them, against the
 * test Neo4j (NEO4J_* variables point them there).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph, wipeGraph } from "../../src/neo4j/admin.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { kg } from "./kg-cli.ts";
import { openTestGraph } from "./neo4j-context.ts";

const FIXTURE = "tests/fixtures/neo4j/reports.jsonl";
let graph: Graph;

describe("kg load / query / neo4j status", () => {
  beforeAll(async () => {
    graph = await openTestGraph();
    await wipeGraph(graph);
  });
  afterAll(async () => {
    await graph.driver.close();
  });

  it("should load a JSONL file, then skip it when loaded again", async () => {
    const first = await kg(["load", FIXTURE]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/loaded 2 reports: 2 written/);
    const second = await kg(["load", FIXTURE]);
    expect(second.stdout).toMatch(/loaded 2 reports: 0 written \(0 replaced\), 2 unchanged/);
    expect((await countGraph(graph)).reports).toBe(2);
  });

  it("should refuse a JSONL file with a bad line, naming file and line, and write nothing", async () => {
    const before = await countGraph(graph);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-load-"));
    const bad = path.join(dir, "bad.jsonl");
    const lines = fs.readFileSync("tests/fixtures/neo4j/reports-changed.jsonl", "utf8").trim().split("\n");
    fs.writeFileSync(bad, `${lines[0]}\n{"source": "truncated"\n`);
    const result = await kg(["load", bad]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${bad}:2: not JSON`);
    expect(await countGraph(graph)).toEqual(before);
  });

  it("should print a saved query as a table", async () => {
    const result = await kg(["query", "county-profile", "--param", "county=闻喜县"]);
    expect(result.code, result.stderr).toBe(0);
    const [header, , row] = result.stdout.split("\n");
    expect(header).toMatch(/^county\s+code\s+reports\s+projects\s+companies\s+slogans\s+officials$/);
    expect(row).toContain("冀东水泥、山西建龙");
    expect(row).toContain("史玉江（县长）");
  });

  it("should print JSON with --json", async () => {
    const result = await kg(["query", "slogan-counties", "-p", "slogan=六保", "--json"]);
    const json = JSON.parse(result.stdout);
    expect(json.columns).toEqual(["slogan", "county", "report", "date", "evidence", "sentence"]);
    expect(json.rows.map((row: { county: string }) => row.county)).toEqual(["襄汾县", "闻喜县"]);
  });

  it("should list the saved queries with their parameters", async () => {
    const result = await kg(["query", "--list"]);
    expect(result.stdout).toContain("county-profile");
    expect(result.stdout).toContain("--param county=<string> (required)");
  });

  it("should fail on `--cypher \"CREATE (n) RETURN n\"` and write nothing", async () => {
    const before = await countGraph(graph);
    const result = await kg(["query", "--cypher", "CREATE (n) RETURN n"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/read-only/);
    expect(await countGraph(graph)).toEqual(before);
  });

  it("should run ad-hoc read Cypher with typed parameters", async () => {
    const result = await kg(["query", "--cypher", "MATCH (s:Slogan) RETURN s.name AS name ORDER BY name LIMIT $n", "-p", "n=2", "--json"]);
    expect(JSON.parse(result.stdout).rows).toEqual([{ name: "六保" }, { name: "六新" }]);
  });

  it.each([
    [["query", "county-profile"], /parameter "county" is required/],
    [["query", "county-profile", "-p", "county=闻喜县", "-p", "limit=3"], /unknown parameter "limit"/],
    [["query", "no-such-query"], /no saved query named "no-such-query"/],
    [["query", "--cypher", "MATCH (n RETURN n"], /Invalid input|syntax/i],
  ])("should explain what is wrong with %j", async (args, message) => {
    const result = await kg(args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });

  it("should tell which Neo4j is in use and how big the graph is", async () => {
    const result = await kg(["neo4j", "status", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status).toMatchObject({ origin: "external", reachable: true, edition: "community" });
    expect(status.version).toMatch(/^5\.26\./);
    expect(status.counts).toMatchObject({ reports: 2, counties: 2 });
  });

  it("should say clearly when the Neo4j refuses the password", async () => {
    const result = await kg(["query", "--cypher", "RETURN 1"], { NEO4J_PASSWORD: "wrong-password" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/refused the credentials/);
  });

  it("should say clearly when the Neo4j it is pointed at does not answer", async () => {
    const result = await kg(["query", "--cypher", "RETURN 1"], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:1 is not reachable/);
  });
});
