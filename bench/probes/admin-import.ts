/**
 * Probe: bulk import with neo4j-admin
 * ===================================
 *
 * `admin-import.ts --jsonl FILE --dir CSV_DIR`: exports the extraction output
 * as neo4j-admin CSV (src/admin-import), imports it into the benchmark's
 * bulk-import Neo4j instance (`.neo4j/bench-admin`, stopped first; its
 * database is replaced), starts it, creates the schema (constraints and
 * indexes, populated) and counts the graph. Reports the time of each step.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { localNeo4jSettings } from "../../src/config.ts";
import { runAdminImport } from "../../src/admin-import/neo4j-admin.ts";
import { AdminCsvWriter } from "../../src/admin-import/writer.ts";
import { countGraph } from "../../src/neo4j/admin.ts";
import { withGraph } from "../../src/neo4j/driver.ts";
import { LocalNeo4j } from "../../src/neo4j/local-server.ts";
import { refreshSummaries } from "../../src/neo4j/summaries.ts";
import { ensureSchema } from "../../src/neo4j/schema.ts";
import { readExtractions } from "../lib/jsonl.ts";
import { emit } from "../lib/probe.ts";
import { peakRssBytes } from "../lib/rss.ts";

export interface AdminImportProbeResult {
  exportSeconds: number;
  importSeconds: number;
  startSeconds: number;
  schemaSeconds: number;
  csvBytes: number;
  nodes: number;
  relationships: number;
  exportPeakRssBytes: number | null;
}

export const BULK_INSTANCE = "bench-admin";
export const BULK_BOLT_PORT = Number(process.env.KG_BENCH_BULK_NEO4J_PORT ?? 7698);

const { values } = parseArgs({ options: { jsonl: { type: "string" }, dir: { type: "string" } } });
const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (since: number) => (performance.now() - since) / 1000;

fs.rmSync(values.dir!, { recursive: true, force: true });
let started = performance.now();
const writer = new AdminCsvWriter(values.dir!);
for await (const report of readExtractions(values.jsonl!)) await writer.add(report);
const layout = await writer.finish();
const exportSeconds = seconds(started);
const exportPeakRssBytes = peakRssBytes();
const csvBytes = fs.readdirSync(values.dir!).reduce((sum, name) => sum + fs.statSync(`${values.dir}/${name}`).size, 0);

const server = new LocalNeo4j({ ...localNeo4jSettings(), instance: BULK_INSTANCE, boltPort: BULK_BOLT_PORT });
await server.install(log);
await server.stop(log);
const imported = await runAdminImport(server, layout, log);
started = performance.now();
await server.start(log);
const startSeconds = seconds(started);
try {
  const result = await withGraph({ ...server.credentials(), database: "neo4j", origin: "local" }, async (graph) => {
    const schemaStarted = performance.now();
    await ensureSchema(graph);
    // What a Bolt load does at its end (and kg serve at start on an imported graph).
    await refreshSummaries(graph);
    const counts = await countGraph(graph);
    // count-graph returns no row for a graph without relationships.
    return { schemaSeconds: seconds(schemaStarted), nodes: Number(counts?.nodes ?? 0), relationships: Number(counts?.relationships ?? 0) };
  });
  emit({ exportSeconds, importSeconds: imported.seconds, startSeconds, csvBytes, exportPeakRssBytes, ...result } satisfies AdminImportProbeResult);
} finally {
  await server.stop(log);
}
