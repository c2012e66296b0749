/**
 * Stage: bulk import with neo4j-admin against Bolt loading
 * ========================================================
 *
 * For the largest corpus of the run: `kg export-admin` (CSV for
 * `neo4j-admin database import full`), the import itself into a separate
 * Neo4j instance, start and schema creation; the total is compared to the
 * first Bolt load of the same extraction (load stage). The import runs the
 * project's local Neo4j jars (org.neo4j.server.startup.Neo4jAdminCommand,
 * which is what bin/neo4j-admin runs).
 */
import path from "node:path";
import { BENCH_OUT, BenchContext, sizeLabel } from "../lib/context.ts";
import { runProbe } from "../lib/probe.ts";
import type { Figure } from "../lib/table.ts";
import type { AdminImportProbeResult } from "../probes/admin-import.ts";
import { ensureExtraction } from "./load.ts";

export async function adminStage(context: BenchContext): Promise<Figure[]> {
  const size = Math.max(...context.options.sizes);
  const label = sizeLabel(size);
  const jsonl = await ensureExtraction(context, size);
  context.log(`bulk import ${label}: export CSV, neo4j-admin import, start, schema`);
  const result = await runProbe<AdminImportProbeResult>("admin-import", ["--jsonl", jsonl, "--dir", path.join(BENCH_OUT, `admin-${size}`)], { onLog: context.log });
  const total = result.exportSeconds + result.importSeconds + result.startSeconds + result.schemaSeconds;
  const bolt = context.loadSeconds.get(size);
  return [
    {
      stage: "bulk",
      size: label,
      metric: "export-admin + neo4j-admin import + start + schema",
      value: total,
      unit: "s",
      ...(bolt !== undefined ? { ceiling: { label: "Bolt first load", value: bolt } } : {}),
      note:
        `export ${result.exportSeconds.toFixed(1)} s (${(result.csvBytes / 1e6).toFixed(0)} MB CSV), import ${result.importSeconds.toFixed(1)} s, ` +
        `start ${result.startSeconds.toFixed(1)} s, schema + company summaries ${result.schemaSeconds.toFixed(1)} s; ${result.nodes} nodes, ${result.relationships} relationships`,
    },
    {
      stage: "bulk",
      size: label,
      metric: "neo4j-admin import, relationships/s",
      value: result.relationships / result.importSeconds,
      unit: "rel/s",
      ...(bolt !== undefined ? { ceiling: { label: "Bolt first load", value: result.relationships / bolt } } : {}),
    },
    { stage: "bulk", size: label, metric: "export-admin peak RSS", value: (result.exportPeakRssBytes ?? NaN) / 1e6, unit: "MB" },
  ];
}
