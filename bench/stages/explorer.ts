/**
 * Stage: explorer rendering
 * =========================
 *
 * Time to the first rendered frame in headless Chromium (software WebGL),
 * for graphs of 1,000, 10,000 and 50,000 nodes: the explorer (`kg serve`
 * on the benchmark's Neo4j, holding the largest corpus; the graph comes in
 * through its Cypher console: the best-connected entities and the
 * relationships among them) against bare sigma drawing the same graph from
 * a static JSON file, plus the API call that delivers it. Every page gets a
 * fresh browser profile.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { benchConnection } from "../lib/bench-neo4j.ts";
import { benchCypher } from "../lib/bench-cypher.ts";
import { withFreshPage } from "../lib/chromium.ts";
import { BENCH_OUT, BenchContext, sizeLabel } from "../lib/context.ts";
import { KgServe } from "../lib/kg-serve.ts";
import { REPO_ROOT } from "../lib/probe.ts";
import { serveFolder } from "../lib/static-server.ts";
import type { Figure } from "../lib/table.ts";
import { ensureExtraction, loadInto, startBenchNeo4j } from "./load.ts";

const SIGMA_PAGE = path.join(BENCH_OUT, "sigma-page");
const RENDER_TIMEOUT_MS = 10 * 60_000;

export async function explorerStage(context: BenchContext): Promise<Figure[]> {
  const server = await startBenchNeo4j(context);
  const connection = benchConnection(server);
  const largest = Math.max(...context.options.sizes);
  if (context.loadedSize !== largest) {
    context.log(`explorer: loading ${sizeLabel(largest)} into the bench Neo4j`);
    const jsonl = await ensureExtraction(context, largest);
    await loadInto(context, server, largest, jsonl);
  }
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
      const bare = await withFreshPage((page) => firstFrame(page, `${statics.url}/index.html?graph=/${graphFile}`, "window.__benchFirstFrameMs", "window.__benchNodes"));
      context.log(`explorer ${sizeLabel(nodes, "nodes")}: explorer`);
      const explorer = await withFreshPage((page) =>
        firstFrame(page, `${serve.url}/?cypher=${encodeURIComponent(query)}&tab=cypher`, "window.__kgMetrics?.firstGraphRenderMs ?? null", "window.__kgExplorer?.graph?.order ?? 0"),
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
    }
    figures.push({ stage: "explorer", size: "all sizes", metric: "kg serve peak RSS", value: (serve.peakRssBytes ?? NaN) / 1e6, unit: "MB" });
  } finally {
    await serve.stop();
    await statics.close();
  }
  return figures;
}

function consoleQuery(nodes: number): string {
  const template = benchCypher("explorer-top-nodes")
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim();
  return template.replace("$n", String(Math.trunc(nodes)));
}

async function firstFrame(page: Page, url: string, metric: string, order: string): Promise<{ ms: number; nodes: number }> {
  await page.goto(url);
  const handle = await page.waitForFunction(`(() => { const ms = ${metric}; return ms === null || ms === undefined ? null : ms; })()`, undefined, {
    timeout: RENDER_TIMEOUT_MS,
    polling: 50,
  });
  const ms = Number(await handle.jsonValue());
  const nodes = Number(await page.evaluate(order));
  return { ms, nodes };
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
