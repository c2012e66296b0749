/**
 * kg export-admin
 * ===============
 *
 * `kg export-admin DIR INPUT... [--workers N] [--import]` writes the graph
 * of the inputs as CSV files for `neo4j-admin database import full` (the
 * bulk path for a first load of a large corpus: no transactions, no
 * per-row lookups). INPUTs are `kg extract --format jsonl` files (`.jsonl`)
 * or report files and folders, which are extracted on the way (in
 * parallel). Prints the neo4j-admin command line for any Neo4j 5; with
 * `--import`, runs it on the project's local Neo4j (stopped: the import
 * replaces its database), starts it, creates the schema and computes the
 * company and county summaries (src/neo4j/summaries.ts).
 *
 * A separate command because `kg export` (src/cli/commands/export.ts)
 * exports the loaded graph for Gephi and co.
 */
import fs from "node:fs";
import readline from "node:readline";
import type { Command } from "commander";
import { z } from "zod";
import { fileKeys } from "../../../ingest/file-keys.ts";
import { defaultWorkerCount, extractPathsParallel } from "../../../ingest/parallel.ts";
import { listInputFiles } from "../../../ingest/read.ts";
import { runAdminImport, importArguments } from "../../admin-import/neo4j-admin.ts";
import { AdminCsvWriter, type AdminExport } from "../../admin-import/writer.ts";
import { UsageError } from "../../errors.ts";
import { countGraph } from "../../neo4j/admin.ts";
import { refreshSummaries } from "../../neo4j/summaries.ts";
import { withGraph } from "../../neo4j/driver.ts";
import { LoadInputError } from "../../neo4j/errors.ts";
import { ReportExtractionSchema, type LoadableReport } from "../../neo4j/extraction-schema.ts";
import { ensureSchema } from "../../neo4j/schema.ts";
import type { ReportExtraction } from "../../types.ts";
import { parseWorkers } from "./extract.ts";
import { localServer } from "./neo4j.ts";

const FlagsSchema = z.object({ import: z.boolean().default(false) });

export function registerExportAdmin(program: Command): void {
  program
    .command("export-admin")
    .description("write CSV files for `neo4j-admin database import` (bulk first load); --import runs it on the local Neo4j")
    .argument("<dir>", "output folder for the CSV files")
    .argument("<inputs...>", "kg extract JSONL files, or report files and folders to extract")
    .option("-w, --workers <n>", "worker threads extracting report files (0 = in this thread)", String(defaultWorkerCount()))
    .option("--import", "import into the local Neo4j (must be stopped; its database is replaced), then start it")
    .action(async (dir: string, inputs: string[], rawFlags: Record<string, unknown>) => {
      const flags = FlagsSchema.parse({ import: rawFlags.import === true });
      const workers = parseWorkers(rawFlags.workers);
      if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new UsageError(`${dir}: not empty; give a new or empty folder`);
      const started = Date.now();
      const layout = await exportForAdmin(dir, inputs, workers, (message) => process.stderr.write(`kg: ${message}\n`));
      const { counts } = layout;
      process.stdout.write(
        `wrote ${counts.reports} reports, ${counts.entities} entities, ${counts.mentions} mentions, ${counts.facts} facts to ${dir} ` +
          `(${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
      );
      if (!flags.import) {
        process.stdout.write(`import with (server stopped):\n  neo4j-admin ${importArguments(layout).join(" ")}\n`);
        process.stdout.write("then start the server: any `kg load` creates the constraints and indexes, and it or `kg serve` the company and county summaries\n");
        return;
      }
      await importLocally(layout);
    });
}

/** Streams the inputs into a CSV export; the reports of JSONL inputs are validated line by line. */
export async function exportForAdmin(dir: string, inputs: string[], workers: number, onProblem: (message: string) => void): Promise<AdminExport> {
  const jsonl = inputs.filter((input) => input.endsWith(".jsonl"));
  const others = inputs.filter((input) => !input.endsWith(".jsonl"));
  const sources = others.length > 0 ? await listInputFiles(others) : [];
  // with the keys `kg ingest` would give them, a later ingest does not read these files again
  const writer = new AdminCsvWriter(dir, new Date().toISOString(), onProblem, await fileKeys(sources));
  for (const file of jsonl) for await (const report of readJsonl(file)) await writer.add(report);
  if (sources.length > 0) {
    const reports = extractPathsParallel(sources, { workers, onProblem: (problem) => onProblem(`skipped ${problem.source}: ${problem.reason}`) });
    for await (const report of reports) await writer.add(report);
  }
  return writer.finish();
}

async function* readJsonl(file: string): AsyncGenerator<LoadableReport> {
  if (!fs.existsSync(file)) throw new LoadInputError(file, "no such file");
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new LoadInputError(file, `line ${number}: not JSON`);
    }
    const parsed = ReportExtractionSchema.safeParse(value);
    if (!parsed.success) throw new LoadInputError(file, `line ${number}: not a report extraction (${parsed.error.issues[0]?.message ?? "invalid"})`);
    yield parsed.data as ReportExtraction & LoadableReport;
  }
}

async function importLocally(layout: AdminExport): Promise<void> {
  const server = localServer();
  const log = (line: string) => process.stderr.write(`kg: ${line}\n`);
  const result = await runAdminImport(server, layout, log);
  process.stdout.write(`neo4j-admin import: ${result.seconds.toFixed(1)} s\n`);
  await server.start(log);
  await withGraph({ ...server.credentials(), database: "neo4j", origin: "local" }, async (graph) => {
    await ensureSchema(graph);
    const summaries = await refreshSummaries(graph);
    const counts = await countGraph(graph);
    process.stdout.write(`company summaries: ${summaries.companies}, county summaries: ${summaries.counties}\n`);
    process.stdout.write(`local Neo4j: ${Number(counts.nodes)} nodes, ${Number(counts.relationships)} relationships\n`);
  });
}
