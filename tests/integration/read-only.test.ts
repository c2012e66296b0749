/**
 * Read-only Cypher against the real Neo4j, from the CLI (`kg query
 * --cypher`) and the HTTP API (the explorer server in this process): writes,
 * LOAD CSV, admin commands and procedures are refused with a message naming
 * what, and the graph is unchanged; several of them Neo4j's READ access mode
 * alone would run (checked here without the guard), which is why the guard
 * exists; READ mode still refuses writes that reach it; the row cap and the
 * per-query timeout hold.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReadOnlyViolationError } from "../../src/errors.ts";
import { countGraph, type GraphCounts } from "../../src/neo4j/admin.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { runReadQuery, runUserQuery } from "../../src/neo4j/read.ts";
import { DEFAULT_LIMITS, ExplorerService } from "../../src/server/explorer-service.ts";
import { createGraphProvider } from "../../src/server/graph-provider.ts";
import { startServer, type RunningServer } from "../../src/server/http-server.ts";
import { kg } from "./kg-cli.ts";
import { openFixtureGraph, testConnection } from "./neo4j-context.ts";
import { openGraph } from "../../src/neo4j/driver.ts";

const FORBIDDEN: Array<[string, string, RegExp]> = [
  ["CREATE", "CREATE (n:Company {name: '入侵公司'}) RETURN n", /CREATE writes to the graph/],
  ["MERGE", "MERGE (n:Company {name: '闻喜县'}) RETURN n", /MERGE writes to the graph/],
  ["SET", "MATCH (k:County {name: '闻喜县'}) SET k.name = '入侵' RETURN k", /SET writes to the graph/],
  ["DELETE", "MATCH (n:Slogan) DETACH DELETE n", /DETACH DELETE writes to the graph/],
  ["REMOVE", "MATCH (n:Slogan) REMOVE n:Slogan", /REMOVE writes to the graph/],
  ["LOAD CSV from a file", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV reads files and URLs/],
  ["CALL dbms.security.createUser", "CALL dbms.security.createUser('eve', 'secret12', false)", /dbms\.security\.createUser is not allowed/],
  ["CALL dbms.setConfigValue", "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", /dbms\.setConfigValue is not allowed/],
  ["CALL db.createLabel", "CALL db.createLabel('Hacked')", /db\.createLabel is not allowed/],
  ["CALL apoc.*", "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value", /apoc\.load\.json is not allowed/],
  ["CREATE INDEX", "CREATE INDEX hacked IF NOT EXISTS FOR (n:Company) ON (n.hacked)", /CREATE writes to the graph/],
  ["a write hidden after a comment line", "MATCH (n) // harmless\nDETACH DELETE n", /DETACH DELETE/],
];

/** Admin commands and procedures that Neo4j runs in a READ transaction: only the guard stops them. */
const READ_MODE_RUNS: Array<[string, string]> = [
  ["TERMINATE TRANSACTIONS (could stop a running load)", "TERMINATE TRANSACTIONS 'neo4j-transaction-999999'"],
  ["SHOW TRANSACTIONS (shows other users' queries)", "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery"],
  ["SHOW USERS", "SHOW USERS"],
  ["SHOW SETTINGS (the server's configuration)", "SHOW SETTINGS YIELD name RETURN count(name) AS settings"],
  ["CALL dbms.listConfig", "CALL dbms.listConfig() YIELD name RETURN count(name) AS settings"],
  ["CALL dbms.listConnections (client addresses)", "CALL dbms.listConnections()"],
  ["CALL db.clearQueryCaches", "CALL db.clearQueryCaches()"],
];

let graph: Graph;
let counts: GraphCounts;
let server: RunningServer;

async function postCypher(query: string): Promise<{ status: number; body: { error?: { code: string; message: string }; rows?: unknown[]; truncated?: boolean } }> {
  const response = await fetch(new URL("/api/cypher", server.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

describe("read-only Cypher (real Neo4j)", () => {
  beforeAll(async () => {
    graph = await openFixtureGraph();
    counts = await countGraph(graph);
    const connection = testConnection();
    const service = new ExplorerService(createGraphProvider(connection.uri, () => openGraph(connection)), { ...DEFAULT_LIMITS, maxRows: 5, queryTimeoutMs: 1_000 });
    const uiDir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-ui-"));
    fs.writeFileSync(path.join(uiDir, "index.html"), "<!doctype html>");
    server = await startServer({ service, uiDir, port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    await graph?.driver.close();
  });

  it.each(FORBIDDEN)("should refuse %s from kg query --cypher and leave the graph as it was", async (_name, query, message) => {
    const result = await kg(["query", "--cypher", query]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kg: read-only: /);
    expect(result.stderr).toMatch(message);
    expect(await countGraph(graph)).toEqual(counts);
  });

  it.each(FORBIDDEN)("should refuse %s from the API with 403 read-only", async (_name, query, message) => {
    const { status, body } = await postCypher(query);
    expect(status).toBe(403);
    expect(body.error).toMatchObject({ code: "read-only", message: expect.stringMatching(message) });
    expect(await countGraph(graph)).toEqual(counts);
  });

  it.each(READ_MODE_RUNS)("should refuse %s, which Neo4j's READ mode alone runs", async (_name, query) => {
    await expect(runReadQuery(graph, query)).resolves.toMatchObject({ columns: expect.any(Array) });
    await expect(runUserQuery(graph, query)).rejects.toBeInstanceOf(ReadOnlyViolationError);
    expect((await postCypher(query)).status).toBe(403);
  });

  it.each([
    ["CREATE", "CREATE (n:Intruder) RETURN n"],
    ["a write procedure", "CALL db.createLabel('Intruder')"],
    ["CREATE INDEX", "CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.x)"],
  ])("should still be refused by Neo4j's READ mode when %s gets past the guard", async (_name, query) => {
    await expect(runReadQuery(graph, query)).rejects.toThrow(/^read-only: this query writes to the graph/);
    expect(await countGraph(graph)).toEqual(counts);
  });

  it("should cap the rows of kg query and say so", async () => {
    const result = await kg(["query", "--cypher", "UNWIND range(1, 5000) AS x RETURN x", "--max-rows", "10", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.rows).toHaveLength(10);
    expect(json.truncated).toBe(true);
  });

  it("should stop a kg query that runs past --timeout", async () => {
    const started = Date.now();
    const result = await kg(["query", "--cypher", "UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 8 RETURN count(x)", "--timeout", "1"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the query ran longer than 1000 ms and was stopped/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("should cap the rows and time of the API's Cypher", async () => {
    const capped = await postCypher("UNWIND range(1, 5000) AS x RETURN x");
    expect(capped.status).toBe(200);
    expect(capped.body.rows).toHaveLength(5);
    expect(capped.body.truncated).toBe(true);
    const slow = await postCypher("UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 8 RETURN count(x)");
    expect(slow.status).toBe(408);
    expect(slow.body.error!.code).toBe("timeout");
  });

  it.runIf(!process.env.NEO4J_URI)("should not let LOAD CSV read local files even past the guard (the local Neo4j's configuration)", async () => {
    await expect(runReadQuery(graph, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")).rejects.toThrow(/allow_csv_import_from_file_urls/);
  });
});
