/**
 * Probe: loading through Bolt
 * ===========================
 *
 * `load.ts --jsonl FILE --uri U --user N --password P [--wipe]`: streams the
 * extraction output into Neo4j with the project's loader
 * (src/neo4j/load.ts, as `kg load` / `kg ingest` do), as unparsed JSONL
 * lines (the loader skips a line identical to what the graph holds without
 * parsing it), and reports the wall
 * time, the loader's statistics, the graph's size afterwards and this
 * process's peak RSS. `--wipe` empties the graph first (a first load).
 */
import { parseArgs } from "node:util";
import { countGraph, wipeGraph, type GraphCounts } from "../../src/neo4j/admin.ts";
import { openGraph } from "../../src/neo4j/driver.ts";
import { readExtractionLines } from "../../src/neo4j/extraction-schema.ts";
import { loadReports, type LoadStats } from "../../src/neo4j/load.ts";
import { CONNECTION_OPTIONS, connectionFromArgs } from "../lib/bench-neo4j.ts";
import { emit } from "../lib/probe.ts";
import { peakRssBytes } from "../lib/rss.ts";

export interface LoadProbeResult {
  seconds: number;
  wipeSeconds: number;
  stats: LoadStats;
  counts: GraphCounts;
  peakRssBytes: number | null;
}

const { values } = parseArgs({
  options: {
    jsonl: { type: "string" },
    ...CONNECTION_OPTIONS,
    wipe: { type: "boolean", default: false },
  },
});
const graph = await openGraph(connectionFromArgs(values));
try {
  const wipeStarted = performance.now();
  if (values.wipe) await wipeGraph(graph);
  const wipeSeconds = (performance.now() - wipeStarted) / 1000;
  const started = performance.now();
  let lastLog = started;
  const stats = await loadReports(graph, readExtractionLines(values.jsonl!), {
    onBatch: (progress) => {
      if (performance.now() - lastLog < 15_000) return;
      lastLog = performance.now();
      process.stderr.write(`loaded ${progress.reports} reports (${progress.written} written) in ${((lastLog - started) / 1000).toFixed(0)} s\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const counts = await countGraph(graph);
  emit({ seconds, wipeSeconds, stats, counts: plain(counts), peakRssBytes: peakRssBytes() } satisfies LoadProbeResult);
} finally {
  await graph.driver.close();
}

/** Neo4j integers as numbers (count-graph returns no row for a graph without relationships). */
function plain(counts: GraphCounts | undefined): GraphCounts {
  return Object.fromEntries(Object.entries(counts ?? { nodes: 0, relationships: 0 }).map(([key, value]) => [key, Number(value)])) as unknown as GraphCounts;
}
