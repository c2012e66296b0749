/**
 * Stage: API latency
 * ==================
 *
 * Per corpus size, with that corpus loaded in the benchmark's Neo4j: starts
 * `kg serve` and times, one request at a time, search (GET /api/search with
 * entity names and name fragments found in the graph), expand (POST
 * /api/expand on entities of every type) and the companies-across-counties
 * saved query (POST /api/queries/companies-across-counties). p50 and p95 in
 * ms; the ceiling is a trivial request (GET /api/health) on the same server,
 * which is what the HTTP layer and Neo4j round trip cost at least. Peak RSS
 * of the server.
 */
import neo4j from "neo4j-driver";
import { openGraph } from "../../src/neo4j/driver.ts";
import { benchConnection } from "../lib/bench-neo4j.ts";
import { BenchContext, sizeLabel } from "../lib/context.ts";
import { KgServe } from "../lib/kg-serve.ts";
import { percentile, timeRequests } from "../lib/latency.ts";
import type { Figure } from "../lib/table.ts";
import { ensureExtraction, loadInto, startBenchNeo4j } from "./load.ts";
import { benchCypher } from "../lib/bench-cypher.ts";

const P95_TARGET_MS = 300;

interface Samples {
  names: string[];
  ids: string[];
}

export async function apiStage(context: BenchContext): Promise<Figure[]> {
  const server = await startBenchNeo4j(context);
  const connection = benchConnection(server);
  const figures: Figure[] = [];
  // The largest corpus first: the load stage leaves it loaded.
  for (const size of [...context.options.sizes].sort((a, b) => b - a)) {
    const label = sizeLabel(size);
    if (context.loadedSize !== size) {
      context.log(`api ${label}: loading the corpus`);
      const jsonl = await ensureExtraction(context, size);
      await loadInto(context, server, size, jsonl);
    }
    const samples = await sampleGraph(connection, context.options.requests);
    context.log(`api ${label}: kg serve, ${context.options.requests} requests per endpoint`);
    const serve = await KgServe.start(connection, context.log);
    try {
      const health = await timeRequests(range(context.options.requests), () => get(serve.url, "/api/health"));
      const floor = percentile(health.times, 50);
      const search = await timeRequests(samples.names, (q) => get(serve.url, `/api/search?q=${encodeURIComponent(q)}&limit=20`));
      const expand = await timeRequests(samples.ids, (id) => post(serve.url, "/api/expand", { id, limit: 50 }));
      const across = await timeRequests(range(Math.min(context.options.requests, 20)), () => post(serve.url, "/api/queries/companies-across-counties", { params: {} }), 1);
      for (const [name, { times, failures }, target] of [
        ["search", search, false],
        ["expand", expand, false],
        ["companies-across-counties", across, true],
      ] as const) {
        const failed = failures.length > 0 ? `; ${failures.length} failed: ${failures[0]!.slice(0, 120)}` : "";
        for (const p of [50, 95]) {
          const value = percentile(times, p);
          figures.push({
            stage: "api",
            size: label,
            metric: `${name} p${p}`,
            value,
            unit: "ms",
            ceiling: { label: "health p50", value: floor },
            ...(target && p === 95
              ? { target: { text: size >= 10_000 ? "p95 < 300 ms at 10,000 reports" : "(target is for 10,000 reports)", met: value < P95_TARGET_MS && failures.length === 0 } }
              : {}),
            note: `${times.length} requests${failed}`,
          });
        }
      }
      figures.push({ stage: "api", size: label, metric: "kg serve peak RSS", value: (serve.peakRssBytes ?? NaN) / 1e6, unit: "MB" });
    } finally {
      await serve.stop();
    }
  }
  return figures;
}

/** Entity names (whole and first two characters) and ids of every type, spread over the graph. */
async function sampleGraph(connection: ReturnType<typeof benchConnection>, count: number): Promise<Samples> {
  const graph = await openGraph(connection);
  try {
    const result = await graph.driver.executeQuery(benchCypher("sample-entities"), { count: neo4j.int(count) }, { database: "neo4j", routing: neo4j.routing.READ });
    const rows = result.records.map((record) => ({ id: record.get("id") as string, name: record.get("name") as string }));
    const names = rows.map((row, i) => (i % 2 === 0 ? row.name : row.name.slice(0, 2)));
    return { names, ids: rows.map((row) => row.id) };
  } finally {
    await graph.driver.close();
  }
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

async function get(base: string, path: string): Promise<void> {
  const response = await fetch(`${base}${path}`);
  await check(response, path);
}

async function post(base: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  await check(response, path);
}

async function check(response: Response, path: string): Promise<void> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
}
