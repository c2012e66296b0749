/**
 * The explorer API and `kg export` on the real corpus (no browser): search
 * in both scripts, expansion limits, evidence with its reports, the row cap
 * and timeout of the Cypher console, exports read back with graphology.
 */
import fs from "node:fs";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  EdgeEvidenceResponse,
  EntityDetailsResponse,
  ExpandResponse,
  QueryResult,
  SearchGraphResponse,
  SearchResponse,
} from "../../src/server/api-types.ts";
import { kg } from "../integration/kg-cli.ts";
import { ensureCorpus } from "./corpus.ts";
import { startKgServe, type ServeProcess } from "./serve-process.ts";

const OUT = path.resolve("test-results", "e2e", "cli");
let serve: ServeProcess;

async function getJson<T>(pathAndQuery: string): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(pathAndQuery, serve.url));
  return { status: response.status, body: (await response.json()) as T };
}

async function postJson<T>(pathname: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(pathname, serve.url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as T };
}

const search = (q: string) => getJson<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);

describe("explorer API (real corpus)", () => {
  beforeAll(async () => {
    await ensureCorpus();
    fs.mkdirSync(OUT, { recursive: true });
    serve = await startKgServe();
  });
  afterAll(async () => {
    await serve?.stop();
  });

  it.each([
    ["闻喜县", "闻喜县"],
    ["聞喜縣", "闻喜县"],
    ["河曲縣", "河曲县"],
    ["建龍", "山西建龙"],
  ])("should find %s as %s first, whichever script the query is in", async (query, expected) => {
    const { status, body } = await search(query);
    expect(status).toBe(200);
    expect(body.hits[0]?.name).toBe(expected);
  });

  it("should search the Traditional form of a Simplified query too", async () => {
    const { body } = await search("闻喜县");
    expect(body.variants).toEqual(["闻喜县", "聞喜縣"]);
  });

  it("should show a search as the best hit and its neighbourhood", async () => {
    const { body } = await getJson<SearchGraphResponse>(`/api/search/graph?q=${encodeURIComponent("闻喜县")}&expand=10`);
    expect(body.focus).toBe(body.search.hits[0]!.id);
    expect(body.shown).toBeLessThanOrEqual(10);
    expect(body.total).toBeGreaterThan(body.shown);
    expect(body.graph.nodes.some((node) => node.key === body.focus)).toBe(true);
  });

  it("should expand at most the limit asked for, and say how many neighbours there are", async () => {
    const [hit] = (await search("闻喜县")).body.hits;
    const { body } = await postJson<ExpandResponse>("/api/expand", { id: hit!.id, limit: 5 });
    expect(body.shown).toBe(5);
    expect(body.total).toBeGreaterThan(5);
    expect(body.graph.nodes).toHaveLength(6);
    expect(body.graph.edges.length).toBeGreaterThanOrEqual(5);
  });

  it("should give an entity's aliases, reports and facts with evidence sentences", async () => {
    const [hit] = (await search("山西建龙")).body.hits;
    const { body } = await getJson<EntityDetailsResponse>(`/api/nodes/${encodeURIComponent(hit!.id)}`);
    expect(body.kind).toBe("Company");
    expect(body.reports.map((report) => report.title)).toEqual(expect.arrayContaining([expect.stringContaining("闻喜县")]));
    const evidence = body.facts.flatMap((fact) => fact.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) {
      expect(item.reportTitle).toBeTruthy();
      for (const [start, end] of item.highlights) expect(item.text.slice(start, end).length).toBeGreaterThan(1);
    }
  });

  it("should give the evidence of an edge: every relationship of its type, with its report", async () => {
    const [hit] = (await search("闻喜县")).body.hits;
    const expanded = (await postJson<ExpandResponse>("/api/expand", { id: hit!.id, limit: 20 })).body;
    const edge = expanded.graph.edges.find((candidate) => candidate.attributes!.relType === "HAS_PROJECT")!;
    const { status, body } = await getJson<EdgeEvidenceResponse>(
      `/api/edge-evidence?source=${encodeURIComponent(edge.source)}&target=${encodeURIComponent(edge.target)}&type=HAS_PROJECT`,
    );
    expect(status).toBe(200);
    expect(body.source.name).toBe("闻喜县");
    expect(body.items.length).toBe(edge.attributes!.evidenceCount);
    expect(body.items[0]!.reportTitle).toBe("2021年闻喜县政府工作报告");
  });

  it("should answer 404 for an id that is not in the graph", async () => {
    const { status, body } = await getJson<{ error: { code: string } }>("/api/nodes/company:0000000000000000");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not-found");
  });

  it("should draw companies across counties as APPEARS_IN edges, one per company and county of the table", async () => {
    const { body } = await postJson<QueryResult>("/api/queries/companies-across-counties", { params: { minCounties: 2 } });
    expect(body.rows.length).toBeGreaterThan(0);
    const pairs = body.rows.reduce((sum, row) => sum + Number(row.counties), 0);
    expect(body.graph.edges.filter((edge) => edge.attributes!.relType === "APPEARS_IN")).toHaveLength(pairs);
  });

  it("should reject a write from the Cypher console", async () => {
    const { status, body } = await postJson<{ error: { code: string; message: string } }>("/api/cypher", { query: "CREATE (n:Intruder) RETURN n" });
    expect(status).toBe(403);
    expect(body.error).toMatchObject({ code: "read-only", message: expect.stringMatching(/^read-only: CREATE writes to the graph/) });
  });

  describe("with a row cap of 5 and a 1 s timeout", () => {
    let capped: ServeProcess;
    beforeAll(async () => {
      capped = await startKgServe({}, ["--max-rows", "5", "--timeout", "1"]);
    });
    afterAll(async () => {
      await capped?.stop();
    });

    it("should cut rows at the cap and say so", async () => {
      const response = await fetch(new URL("/api/cypher", capped.url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "MATCH (n:Entity) RETURN n.name AS name" }),
      });
      const body = (await response.json()) as QueryResult;
      expect(body.rows).toHaveLength(5);
      expect(body.truncated).toBe(true);
    });

    it("should stop a query that runs past the timeout with a timeout error", async () => {
      const response = await fetch(new URL("/api/cypher", capped.url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n" }),
      });
      expect(response.status).toBe(408);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("timeout");
    });
  });

  describe("kg export", () => {
    it("should write a saved query's graph as GEXF that graphology-gexf reads back", async () => {
      const file = path.join(OUT, "companies.gexf");
      const result = await kg(["export", "--query", "companies-across-counties", "--format", "gexf", "-o", file]);
      expect(result.code, result.stderr).toBe(0);
      const graph = parseGexf(MultiDirectedGraph, fs.readFileSync(file, "utf8"));
      expect(graph.order).toBeGreaterThan(0);
      expect(graph.someEdge((_key, attributes) => attributes.relType === "APPEARS_IN" && String(attributes.evidence).length > 0)).toBe(true);
    });

    it("should write Cypher paths as GraphML that graphology-graphml reads back", async () => {
      const file = path.join(OUT, "wenxi-projects.graphml");
      const cypher = "MATCH p=(k:County {name: '闻喜县'})-[:HAS_PROJECT]->(:Project) RETURN p LIMIT 10";
      const result = await kg(["export", "--cypher", cypher, "-o", file]);
      expect(result.code, result.stderr).toBe(0);
      const graph = parseGraphml(MultiDirectedGraph, fs.readFileSync(file, "utf8"));
      expect(graph.order).toBe(11);
      expect(graph.filterNodes((_key, attributes) => attributes.label === "闻喜县")).toHaveLength(1);
    });

    it("should write CSV as a nodes file and an edges file", async () => {
      const file = path.join(OUT, "wenxi.csv");
      const result = await kg(["export", "--query", "neighbourhood", "--param", "entity=闻喜县", "--param", "limit=15", "--format", "csv", "-o", file]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.trim().split("\n")).toEqual([path.join(OUT, "wenxi.nodes.csv"), path.join(OUT, "wenxi.edges.csv")]);
      expect(fs.readFileSync(path.join(OUT, "wenxi.nodes.csv"), "utf8")).toMatch(/^[^\n]*,闻喜县,County,/m);
      const edges = fs.readFileSync(path.join(OUT, "wenxi.edges.csv"), "utf8");
      expect(edges.split("\r\n")[0]).toContain("evidence");
      expect(edges.trim().split("\r\n").length).toBeGreaterThan(10);
    });

    it("should refuse to run without a query, naming what is missing", async () => {
      const result = await kg(["export", "--format", "gexf", "-o", path.join(OUT, "x.gexf")]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain("give either --query NAME or --cypher QUERY");
    });
  });
});
