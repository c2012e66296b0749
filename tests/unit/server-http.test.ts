/**
 * Explorer HTTP server without a database: validation, error bodies, the
 * "Neo4j is down" path (a real driver against a port where nothing
 * listens), static files and export of a posted graph (real corpus
 * snippets, tests/fixtures/explorer-graph.json).
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jConnection } from "../../src/config.ts";
import { QueryError } from "../../src/neo4j/errors.ts";
import { openGraph } from "../../src/neo4j/driver.ts";
import { errorResponse } from "../../src/server/error-response.ts";
import { ExplorerService } from "../../src/server/explorer-service.ts";
import { createGraphProvider } from "../../src/server/graph-provider.ts";
import { startServer, type RunningServer } from "../../src/server/http-server.ts";
import { NotFoundError } from "../../src/server/errors.ts";
import { Neo4jUnavailableError, ReadOnlyViolationError } from "../../src/errors.ts";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/explorer-graph.json");
const DOWN: Neo4jConnection = { uri: "bolt://127.0.0.1:9", username: "neo4j", password: "x", database: null, origin: "external" };

let server: RunningServer;
let uiDir: string;

beforeAll(async () => {
  uiDir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-ui-"));
  fs.writeFileSync(path.join(uiDir, "index.html"), "<!doctype html><title>explorer</title>");
  fs.mkdirSync(path.join(uiDir, "assets"));
  fs.writeFileSync(path.join(uiDir, "assets", "app.js"), "console.log(1)");
  fs.writeFileSync(path.join(os.tmpdir(), "kg-secret.txt"), "secret");
  const service = new ExplorerService(createGraphProvider(DOWN.uri, () => openGraph(DOWN)));
  server = await startServer({ service, uiDir, port: 0 });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(uiDir, { recursive: true, force: true });
});

const get = (pathAndQuery: string, headers: Record<string, string> = {}) => fetch(new URL(pathAndQuery, server.url), { headers });
const post = (pathname: string, body: unknown) =>
  fetch(new URL(pathname, server.url), { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("server-http", () => {
  it("should listen on 127.0.0.1 by default", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("should report Neo4j as down in the health check, naming where it looked", async () => {
    const response = await get("/api/health");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.ok).toBe(false);
    expect(body.neo4j).toMatchObject({ connected: false, uri: DOWN.uri });
    expect(body.neo4j.message).toContain("bolt://127.0.0.1:9");
  });

  it("should answer a search with 503 neo4j-unavailable while Neo4j is down", async () => {
    const response = await get(`/api/search?q=${encodeURIComponent("闻喜县")}`);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.error.code).toBe("neo4j-unavailable");
    expect(body.error.message).toMatch(/not reachable/);
  });

  it.each([
    ["/api/search", 400, /q \(the text to search\) is required/],
    ["/api/search?q=%20%20", 400, /q/],
    [`/api/search?q=${"县".repeat(201)}`, 400, /too long/],
    ["/api/search?q=x&limit=0", 400, /limit/],
    ["/api/edge-evidence?source=a&target=b&type=FRIENDS_WITH", 400, /type/],
    ["/api/nowhere", 404, /no API endpoint GET \/api\/nowhere/],
  ])("should reject GET %s with %i and a message naming the problem", async (url, status, message) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect((await response.json()).error.message).toMatch(message);
  });

  it.each([
    ["/api/expand", "{not json", /not JSON/],
    ["/api/expand", { limit: 5 }, /id/],
    ["/api/expand", { id: "county:6445fa310769699b", limit: 100000 }, /limit/],
    ["/api/cypher", { query: "" }, /query \(the Cypher to run\) is required/],
    ["/api/export", { format: "gexf" }, /exactly one of graph, query or cypher/],
  ])("should reject POST %s %j with 400", async (url, body, message) => {
    const response = await post(url, body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "bad-request", message: expect.stringMatching(message) });
  });

  it("should export a posted view as GEXF that graphology-gexf reads back, evidence included", async () => {
    const graph = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
    const response = await post("/api/export", { format: "gexf", name: "三峡新能源", graph });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.files.map((file: { name: string }) => file.name)).toEqual(["三峡新能源.gexf"]);
    const back = parseGexf(MultiDirectedGraph, body.files[0].content);
    expect(back.order).toBe(graph.nodes.length);
    expect(back.getEdgeAttribute("INVOLVES|project:hequ-pv|company:sanxia", "evidence")).toContain("三峽新能源河曲");
  });

  it("should export CSV as two files", async () => {
    const graph = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
    const body = await (await post("/api/export", { format: "csv", name: "view", graph })).json();
    expect(body.files.map((file: { name: string }) => file.name)).toEqual(["view.nodes.csv", "view.edges.csv"]);
  });

  it("should refuse an unknown export format, naming the known ones", async () => {
    const response = await post("/api/export", { format: "xlsx", graph: { nodes: [], edges: [] } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain("gexf, graphml, json, csv");
  });

  it("should refuse a posted graph whose edge names a missing node", async () => {
    const response = await post("/api/export", { format: "json", graph: { nodes: [{ key: "a" }], edges: [{ source: "a", target: "b" }] } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/names a node the graph does not have/);
  });

  it("should list the saved queries without needing Neo4j", async () => {
    const body = await (await get("/api/queries")).json();
    const names = body.map((query: { name: string }) => query.name);
    expect(names).toContain("companies-across-counties");
    expect(body.find((query: { name: string }) => query.name === "companies-across-counties").columns).toEqual(
      expect.arrayContaining(["company", "counties", "evidence"]),
    );
  });

  it.each(["/", `/?q=${encodeURIComponent("闻喜县")}`, "/node/county:6445fa310769699b"])("should serve the app's index.html for %s", async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>explorer</title>");
  });

  it("should serve built assets with a long cache", async () => {
    const response = await get("/assets/app.js");
    expect(await response.text()).toBe("console.log(1)");
    expect(response.headers.get("cache-control")).toContain("immutable");
  });

  it.each(["/../kg-secret.txt", "/%2e%2e/kg-secret.txt", "/..%2fkg-secret.txt"])("should not serve files outside the UI folder (%s)", async (url) => {
    const response = await get(url);
    expect(await response.text()).not.toContain("secret");
  });

  it("should refuse requests addressed to another host name (DNS rebinding)", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.get(new URL("/api/health", server.url), { headers: { host: "attacker.example" } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", reject);
    });
    expect(status).toBe(403);
  });

  it("should say how to build the UI when graph-ui/dist is missing", async () => {
    const service = new ExplorerService(createGraphProvider(DOWN.uri, () => openGraph(DOWN)));
    const bare = await startServer({ service, uiDir: path.join(uiDir, "missing"), port: 0 });
    try {
      const response = await fetch(bare.url);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain("npm run build:ui");
    } finally {
      await bare.close();
    }
  });
});

describe("server-error-response", () => {
  it.each([
    [new QueryError("Invalid input 'RETURN'", "Neo.ClientError.Statement.SyntaxError"), 400, "query-error", "Neo.ClientError.Statement.SyntaxError"],
    [new QueryError("the query ran longer than 100 ms and was stopped", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"), 408, "timeout", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"],
    [new ReadOnlyViolationError("read-only: this query writes"), 403, "read-only", undefined],
    [new Neo4jUnavailableError("Neo4j at bolt://x is not reachable"), 503, "neo4j-unavailable", undefined],
    [new NotFoundError("no entity"), 404, "not-found", undefined],
    [new Error("boom"), 500, "internal", undefined],
  ])("should map %s to %i %s", (error, status, code, neo4jCode) => {
    const response = errorResponse(error);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.neo4jCode).toBe(neo4jCode);
    expect(response.body.error.message).toContain((error as Error).message);
  });
});
