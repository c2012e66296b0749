/**
 * Explorer server request policy without a database: security headers on
 * every answer, the access token of a shared explorer, cross-site and
 * non-JSON requests, methods, and the read-only guard in front of Neo4j (a
 * rejected query never needs the database, so Neo4j is down here on purpose).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jConnection } from "../../src/config.ts";
import { openGraph } from "../../src/neo4j/driver.ts";
import { ExplorerService } from "../../src/server/explorer-service.ts";
import { createGraphProvider } from "../../src/server/graph-provider.ts";
import { startServer, type RunningServer } from "../../src/server/http-server.ts";
import { CONTENT_SECURITY_POLICY, generateToken, isLoopback } from "../../src/server/request-policy.ts";

const DOWN: Neo4jConnection = { uri: "bolt://127.0.0.1:9", username: "neo4j", password: "x", database: null, origin: "external" };
const TOKEN = generateToken();

let open: RunningServer;
let guarded: RunningServer;
let uiDir: string;

beforeAll(async () => {
  uiDir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-ui-"));
  fs.writeFileSync(path.join(uiDir, "index.html"), "<!doctype html><title>explorer</title>");
  const service = () => new ExplorerService(createGraphProvider(DOWN.uri, () => openGraph(DOWN)));
  open = await startServer({ service: service(), uiDir, port: 0 });
  guarded = await startServer({ service: service(), uiDir, port: 0, token: TOKEN });
});

afterAll(async () => {
  await open?.close();
  await guarded?.close();
  fs.rmSync(uiDir, { recursive: true, force: true });
});

const call = (server: RunningServer, pathname: string, init: RequestInit = {}) => fetch(new URL(pathname, server.url), init);
const postJson = (server: RunningServer, pathname: string, body: unknown, headers: Record<string, string> = {}) =>
  call(server, pathname, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("server-security", () => {
  it.each(["/", "/api/queries", "/api/nowhere"])("should send the security headers with %s", async (pathname) => {
    const response = await call(open, pathname);
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("should allow the app's own scripts and the blob: worker of the layout, and nothing inline or remote", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self' blob:");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it("should refuse an API call without the access token, and say how to get it", async () => {
    const response = await call(guarded, "/api/queries");
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.error.code).toBe("unauthorized");
    expect(body.error.message).toMatch(/access token is required/);
  });

  it("should refuse a wrong token", async () => {
    // a token that ends in x is changed to end in y: the wrong token must differ from the right one
    const wrong = `${TOKEN.slice(0, -1)}${TOKEN.endsWith("x") ? "y" : "x"}`;
    const response = await call(guarded, "/api/queries", { headers: { authorization: `Bearer ${wrong}` } });
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toBe("wrong access token");
  });

  it("should answer an API call with the token", async () => {
    const response = await call(guarded, "/api/queries", { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).not.toContain(TOKEN);
  });

  it("should not take the token from the query string (it would end up in logs)", async () => {
    expect((await call(guarded, `/api/queries?token=${TOKEN}`)).status).toBe(401);
  });

  it("should serve the UI itself without a token (it holds no data)", async () => {
    const response = await call(guarded, "/");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>explorer</title>");
  });

  it.each([
    ["an Origin of another site", { origin: "http://attacker.example" }],
    ["Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }],
  ])("should refuse an API call with %s", async (_name, headers) => {
    const response = await postJson(open, "/api/cypher", { query: "RETURN 1" }, headers);
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatchObject({ code: "forbidden", message: expect.stringMatching(/cross-site/) });
  });

  it("should trust Sec-Fetch-Site same-origin over an Origin that differs from Host (a reverse proxy rewriting Host)", async () => {
    const response = await postJson(open, "/api/cypher", { query: "MATCH (n) CREATE (m)" }, { origin: "https://kg.example.org", "sec-fetch-site": "same-origin" });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("read-only");
  });

  it("should refuse a POST that is not declared JSON (a cross-site form could send it)", async () => {
    const response = await call(open, "/api/cypher", { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "RETURN 1" }) });
    expect(response.status).toBe(415);
    expect((await response.json()).error.message).toMatch(/application\/json/);
  });

  it("should answer 405 with Allow for a known endpoint asked with the wrong method", async () => {
    const response = await call(open, "/api/cypher");
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it.each([
    ["CREATE", "CREATE (n:Company {name: 'x'}) RETURN n", /CREATE writes to the graph/],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ["CALL dbms.*", "CALL dbms.security.createUser('eve', 'x', false)", /dbms\.security\.createUser is not allowed/],
  ])("should refuse %s with 403 read-only before asking Neo4j", async (_name, query, message) => {
    const response = await postJson(open, "/api/cypher", { query });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatchObject({ code: "read-only", message: expect.stringMatching(message) });
  });

  it.each(["..%2F..%2Fetc%2Fpasswd", "COUNTY-PROFILE", "x".repeat(101)])("should refuse the saved query name %s with 400 naming the problem", async (name) => {
    const response = await postJson(open, `/api/queries/${name}`, { params: {} });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/^name: a saved query name/);
  });

  it("should refuse write Cypher inside an export request too", async () => {
    const response = await postJson(open, "/api/export", { format: "json", cypher: { query: "MATCH (n) DETACH DELETE n" } });
    expect(response.status).toBe(403);
  });

  it.each([
    ["127.0.0.1", true],
    ["127.0.0.2", true],
    ["localhost", true],
    ["::1", true],
    ["0.0.0.0", false],
    ["192.168.1.20", false],
    ["::", false],
  ])("should know whether %s is loopback", (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});
