/**
 * Stage: explorer rendering
 * =========================
 *
 * Time to the first rendered frame in headless Chromium (software WebGL),
 * for graphs of 1,000, 10,000 and 50,000 nodes: the explorer (`kg serve`
 * on the benchmark's Neo4j, holding a corpus with enough entities; the graph comes in
 * through its Cypher console: the best-connected entities and the
 * relationships among them) against bare sigma drawing the same graph from
 * a static JSON file, plus the API call that delivers it. A second figure
 * leaves the API out: from the last byte of the answer to the first frame,
 * against bare sigma from the last byte of its JSON file. Every page gets a
 * fresh browser profile.
 */
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import neo4j from "neo4j-driver";
import type { Page } from "playwright-core";
import { build } from "vite";
import type { Neo4jConnection } from "../../src/config.ts";
import { openGraph } from "../../src/neo4j/driver.ts";
import type { LocalNeo4j } from "../../src/neo4j/local-server.ts";
import { benchConnection } from "../lib/bench-neo4j.ts";
import { benchCypher } from "../lib/bench-cypher.ts";
import { withFreshPage } from "../lib/chromium.ts";
import { BENCH_OUT, BenchContext, sizeLabel } from "../lib/context.ts";
import { KgServe } from "../lib/kg-serve.ts";
import { REPO_ROOT } from "../lib/probe.ts";
import { serveFolder } from "../lib/static-server.ts";
import type { Figure } from "../lib/table.ts";
import { ensureExtraction, loadInto, startBenchNeo4j } from "./load.ts";

/** What the two pages expose to the benchmark. */
interface BarePage {
  __benchFirstFrameMs: number | null;
  __benchNodes: number;
}
interface ExplorerPage {
  __kgMetrics?: { firstGraphRenderMs: number | null };
  __kgExplorer?: { graph?: { order: number } };
}

const SIGMA_PAGE = path.join(BENCH_OUT, "sigma-page");
const RENDER_TIMEOUT_MS = 10 * 60_000;

export async function explorerStage(context: BenchContext): Promise<Figure[]> {
  const server = await startBenchNeo4j(context);
  const connection = benchConnection(server);
  await ensureEnoughEntities(context, server);
  await buildSigmaPage(context);
  const statics = await serveFolder(SIGMA_PAGE);
  const serve = await KgServe.start(connection, context.log, ["--timeout", "600", "--max-rows", "100000"]);
  const figures: Figure[] = [];
  try {
    for (const nodes of context.options.nodeSizes) {
      const query = consoleQuery(nodes);
      context.log(`explorer ${sizeLabel(nodes, "nodes")}: API`);
      const apiStarted = performance.now();
      const response = await fetch(`${serve.url}/api/cypher`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { graph?: { nodes: unknown[]; edges: unknown[] } };
      const apiMs = performance.now() - apiStarted;
      if (!response.ok || !body.graph) throw new Error(`POST /api/cypher: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      const graphFile = `graph-${nodes}.json`;
      fs.writeFileSync(path.join(SIGMA_PAGE, graphFile), JSON.stringify(body.graph));
      const got = body.graph.nodes.length;
      context.log(`explorer ${sizeLabel(nodes, "nodes")}: ${got} nodes, ${body.graph.edges.length} edges; bare sigma`);
      const bare = await withFreshPage((page) =>
        firstFrame(
          page,
          `${statics.url}/index.html?graph=/${graphFile}`,
          graphFile,
          () => (window as unknown as BarePage).__benchFirstFrameMs,
          () => (window as unknown as BarePage).__benchNodes,
        ),
      );
      context.log(`explorer ${sizeLabel(nodes, "nodes")}: explorer`);
      const explorer = await withFreshPage((page) =>
        firstFrame(
          page,
          `${serve.url}/?cypher=${encodeURIComponent(query)}&tab=cypher`,
          "/api/cypher",
          () => (window as unknown as ExplorerPage).__kgMetrics?.firstGraphRenderMs,
          () => (window as unknown as ExplorerPage).__kgExplorer?.graph?.order ?? 0,
        ),
      );
      figures.push({
        stage: "explorer",
        size: sizeLabel(got, "nodes"),
        metric: "time to first frame",
        value: explorer.ms,
        unit: "ms",
        ceiling: { label: "bare sigma + API", value: bare.ms + apiMs },
        target: { text: "renders (50,000 nodes: renders at all)", met: explorer.nodes >= got && got > 0 },
        note: `explorer drew ${explorer.nodes} nodes; bare sigma ${bare.ms.toFixed(0)} ms + API ${apiMs.toFixed(0)} ms; ${body.graph.edges.length} edges${got < nodes ? `; the graph holds only ${got} entities` : ""}`,
      });
      // The same without the API: from the last byte of the graph's answer to the first frame
      // (parse, graph building, sigma), the part the explorer itself decides.
      figures.push({
        stage: "explorer",
        size: sizeLabel(got, "nodes"),
        metric: "first frame after the answer",
        value: explorer.ms - explorer.answeredMs,
        unit: "ms",
        ceiling: { label: "bare sigma after its JSON", value: bare.ms - bare.answeredMs },
        note: `answer received at ${explorer.answeredMs.toFixed(0)} ms (bare: ${bare.answeredMs.toFixed(0)} ms)`,
      });
    }
    figures.push({ stage: "explorer", size: "all sizes", metric: "kg serve peak RSS", value: (serve.peakRssBytes ?? NaN) / 1e6, unit: "MB" });
  } finally {
    await serve.stop();
    await statics.close();
  }
  return figures;
}

/**
 * The bench graph must hold as many entities as the largest explorer graph:
 * the graph loaded already if it does, else the smallest corpus of the run
 * whose extraction has enough (1,000 reports give about 57,000), else the
 * largest.
 */
async function ensureEnoughEntities(context: BenchContext, server: LocalNeo4j): Promise<void> {
  const wanted = Math.max(...context.options.nodeSizes);
  if (context.loadedSize !== null) {
    const loaded = await entitiesInGraph(benchConnection(server));
    if (loaded >= wanted) return;
    context.log(`explorer: the bench graph (${sizeLabel(context.loadedSize)}) holds ${loaded} entities, fewer than ${wanted}`);
  }
  const sizes = [...context.options.sizes].sort((a, b) => a - b);
  for (const size of sizes) {
    const jsonl = await ensureExtraction(context, size);
    if (size !== sizes.at(-1) && (await entitiesInExtraction(jsonl)) < wanted) continue;
    if (context.loadedSize === size) return;
    context.log(`explorer: loading ${sizeLabel(size)} into the bench Neo4j`);
    await loadInto(context, server, size, jsonl);
    return;
  }
}

async function entitiesInGraph(connection: Neo4jConnection): Promise<number> {
  const graph = await openGraph(connection);
  try {
    const result = await graph.driver.executeQuery(benchCypher("explorer-entity-count"), {}, { database: "neo4j", routing: neo4j.routing.READ });
    return neo4j.integer.toNumber(result.records[0]!.get("entities"));
  } finally {
    await graph.driver.close();
  }
}

/** Distinct entity ids in a `kg extract` JSONL file. */
async function entitiesInExtraction(jsonl: string): Promise<number> {
  const ids = new Set<string>();
  const lines = readline.createInterface({ input: fs.createReadStream(jsonl), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    for (const entity of (JSON.parse(line) as { entities?: Array<{ id: string }> }).entities ?? []) ids.add(entity.id);
  }
  return ids.size;
}

function consoleQuery(nodes: number): string {
  const template = benchCypher("explorer-top-nodes")
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim();
  return template.replace("$n", String(Math.trunc(nodes)));
}

/**
 * Waits for the page's own first-frame metric. Polled from Node with
 * page.evaluate (a CDP call): the explorer's Content-Security-Policy forbids
 * the string evaluation page.waitForFunction does inside the page. The
 * metric is taken in the page, so the polling interval does not add to it.
 */
async function firstFrame(
  page: Page,
  url: string,
  answer: string,
  metric: () => number | null | undefined,
  order: () => number,
): Promise<{ ms: number; nodes: number; answeredMs: number }> {
  await page.goto(url);
  const deadline = performance.now() + RENDER_TIMEOUT_MS;
  for (;;) {
    const ms = await page.evaluate(metric);
    if (ms !== null && ms !== undefined) {
      const nodes = Number(await page.evaluate(order));
      return { ms: Number(ms), nodes, answeredMs: await answeredAt(page, answer) };
    }
    if (performance.now() > deadline) throw new Error(`no first frame within ${RENDER_TIMEOUT_MS / 1000} s: ${url.slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** When the page had the last byte of the graph's answer (resource timing, ms since navigation start). */
async function answeredAt(page: Page, answer: string): Promise<number> {
  const ends = await page.evaluate(
    (name) =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.includes(name))
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
    answer,
  );
  if (ends.length === 0) throw new Error(`the page did not fetch ${answer}`);
  return Math.max(...ends);
}

async function buildSigmaPage(context: BenchContext): Promise<void> {
  context.log("explorer: building the bare sigma page");
  await build({
    root: path.join(REPO_ROOT, "bench", "sigma-page"),
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir: SIGMA_PAGE, emptyOutDir: true, target: "es2022" },
  });
}
