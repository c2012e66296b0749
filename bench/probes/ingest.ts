/**
 * Probe: kg ingest
 * ================
 *
 * `ingest.ts --dir DIR --workers N --uri U --user N --password P`: extract +
 * load of a folder as `kg ingest` does it (src/neo4j/ingest.ts: files the
 * graph holds as they are are not read again), and reports the wall time,
 * the loader's statistics and this process's peak RSS.
 */
import { parseArgs } from "node:util";
import { openGraph } from "../../src/neo4j/driver.ts";
import { ingestPaths } from "../../src/neo4j/ingest.ts";
import type { LoadStats } from "../../src/neo4j/load.ts";
import { CONNECTION_OPTIONS, connectionFromArgs } from "../lib/bench-neo4j.ts";
import { emit } from "../lib/probe.ts";
import { peakRssBytes } from "../lib/rss.ts";

export interface IngestProbeResult {
  seconds: number;
  stats: LoadStats;
  peakRssBytes: number | null;
}

const { values } = parseArgs({
  options: {
    dir: { type: "string" },
    workers: { type: "string" },
    ...CONNECTION_OPTIONS,
  },
});
const graph = await openGraph(connectionFromArgs(values));
try {
  const started = performance.now();
  const stats = await ingestPaths(graph, [values.dir!], { workers: Number(values.workers) });
  emit({ seconds: (performance.now() - started) / 1000, stats, peakRssBytes: peakRssBytes() } satisfies IngestProbeResult);
} finally {
  await graph.driver.close();
}
