/**
 * kg load
 * =======
 *
 * `kg load FILE.jsonl...` loads saved `kg extract --format jsonl` output into
 * Neo4j (`-` reads stdin). Every line of every file is validated before
 * anything is written, so a bad file changes nothing; then reports are loaded
 * idempotently (src/neo4j/load.ts). Files are read as streams, twice (check,
 * then load): an extraction of 10,000 reports is larger than a string can
 * be. Summary to stdout, problems to stderr.
 */
import fs from "node:fs";
import type { Command } from "commander";
import { z } from "zod";
import { UsageError } from "../../errors.ts";
import type { Graph } from "../../neo4j/driver.ts";
import { LoadInputError } from "../../neo4j/errors.ts";
import { parseExtractionLine, parseExtractionsJsonl, readExtractionLines, type LoadableReport } from "../../neo4j/extraction-schema.ts";
import { loadReports, type LoadInput, type LoadOptions, type LoadStats } from "../../neo4j/load.ts";
import { addConnectionOptions, connectGraph } from "./neo4j.ts";

const LoadFlagsSchema = z.object({
  force: z.boolean().default(false),
  batch: z.coerce.number().int().min(1).max(10_000).default(25),
});
export type LoadFlags = z.infer<typeof LoadFlagsSchema>;

export function registerLoad(program: Command): void {
  addConnectionOptions(program);
  program
    .command("load")
    .description("load saved extraction output (JSONL, one report per line) into Neo4j; unchanged reports are skipped")
    .argument("<files...>", "JSONL files from `kg extract --format jsonl` (- for stdin)")
    .option("--force", "reload reports even if unchanged")
    .option("--batch <reports>", "reports per transaction", "25")
    .action(async (files: string[], rawFlags: unknown, command: Command) => {
      const flags = parseLoadFlags(rawFlags);
      for (const file of files) if (file !== "-") await checkExtractionFile(file);
      const stdin = files.includes("-") ? parseExtractionsJsonl(readInput("-"), "<stdin>") : [];
      await withLoad(command, flags, (graph, options) => loadReports(graph, inputsOf(files, stdin), options));
    });
}

export function parseLoadFlags(raw: unknown): LoadFlags {
  const parsed = LoadFlagsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`--batch must be a whole number of reports between 1 and 10000`);
  return parsed.data;
}

/** Opens the graph, runs a load with progress on stderr, prints the summary. */
export async function withLoad(
  command: Command,
  flags: LoadFlags,
  run: (graph: Graph, options: LoadOptions) => Promise<LoadStats>,
): Promise<LoadStats> {
  const started = Date.now();
  const graph = await connectGraph(command);
  try {
    const stats = await run(graph, {
      force: flags.force,
      batchReports: flags.batch,
      onProblem: (message) => process.stderr.write(`kg: ${message}\n`),
      onBatch: (progress) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${progress.reports} reports read, ${progress.written} written`);
      },
    });
    if (process.stderr.isTTY) process.stderr.write("\n");
    process.stdout.write(`${summary(stats, Date.now() - started)}\n`);
    return stats;
  } finally {
    await graph.driver.close();
  }
}

export function summary(stats: LoadStats, elapsedMs: number): string {
  const parts = [
    `${stats.reports} report${stats.reports === 1 ? "" : "s"}: ${stats.written} written (${stats.replaced} replaced), ${stats.unchanged} unchanged`,
  ];
  if (stats.moved > 0) parts.push(`${stats.moved} unchanged but moved (source and index updated)`);
  if (stats.heldFiles > 0) parts.push(`${stats.heldFiles} file${stats.heldFiles === 1 ? "" : "s"} unchanged since loaded, not read again`);
  if (stats.retired > 0) parts.push(`${stats.retired} no longer in their file deleted`);
  parts.push(`${stats.facts} facts, ${stats.mentions} mentions`);
  if (stats.orphansDeleted > 0) parts.push(`${stats.orphansDeleted} entities no longer mentioned deleted`);
  parts.push(`${stats.transactions} transaction${stats.transactions === 1 ? "" : "s"}, ${(elapsedMs / 1000).toFixed(1)} s`);
  return `loaded ${parts.join("; ")}`;
}

/** Parses every line of a JSONL file (LoadInputError naming the line of the first bad one). */
async function checkExtractionFile(file: string): Promise<void> {
  try {
    for await (const { line, where } of readExtractionLines(file)) parseExtractionLine(line, where);
  } catch (error) {
    if (error instanceof LoadInputError) throw error;
    throw new LoadInputError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** The files' lines in order (unparsed: the loader skips unchanged ones without parsing); stdin as parsed before. */
async function* inputsOf(files: string[], stdin: LoadableReport[]): AsyncGenerator<LoadInput> {
  for (const file of files) {
    if (file === "-") yield* stdin;
    else yield* readExtractionLines(file);
  }
}

function readInput(file: string): string {
  try {
    return fs.readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new LoadInputError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

export type { LoadableReport };
