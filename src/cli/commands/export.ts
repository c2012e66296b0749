/**
 * kg export
 * =========
 *
 * `kg export --query NAME [--param k=v ...] | --cypher "..." --format
 * gexf|graphml|json|csv -o FILE`: the graph of a saved query or of
 * read-only Cypher, written by the same export registry as the explorer's
 * Export button (evidence sentences go with the edges). CSV writes two
 * files next to FILE: NAME.nodes.csv and NAME.edges.csv.
 */
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { redactUri } from "../../config.ts";
import { UsageError } from "../../errors.ts";
import { EXPORT_FORMAT_NAMES, exportGraph, exportFormat } from "../../export/index.ts";
import { DEFAULT_LIMITS, ExplorerService } from "../../server/explorer-service.ts";
import { createGraphProvider } from "../../server/graph-provider.ts";
import { wireToGraph } from "../../server/wire-graph.ts";
import { addConnectionOptions, connectGraph } from "./neo4j.ts";
import { parseParams } from "./query.ts";

const ExportFlagsSchema = z
  .object({
    query: z.string().min(1).optional(),
    cypher: z.string().min(1).optional(),
    param: z.array(z.string()).default([]),
    format: z.string().optional(),
    output: z.string().min(1, "-o FILE is required"),
    maxRows: z.coerce.number().int().min(1).max(100_000).default(DEFAULT_LIMITS.maxRows),
    timeout: z.coerce.number().positive().max(3_600).default(60),
  })
  .refine((flags) => Boolean(flags.query) !== Boolean(flags.cypher), { message: "give either --query NAME or --cypher QUERY" });

export function registerExport(program: Command): void {
  addConnectionOptions(program);
  program
    .command("export")
    .description(`write the graph of a saved query or of Cypher as ${EXPORT_FORMAT_NAMES.join(", ")} (opens in Gephi: gexf)`)
    .option("-q, --query <name>", "saved query (see kg query --list)")
    .option("-c, --cypher <query>", "read-only Cypher returning nodes, relationships or paths")
    .option("-p, --param <key=value>", "query parameter (repeatable)", (value: string, previous: string[]) => [...previous, value], [])
    .option("-f, --format <format>", `${EXPORT_FORMAT_NAMES.join("|")} (default: from the -o extension)`)
    .option("-o, --output <file>", "file to write (csv: FILE.nodes.csv and FILE.edges.csv)")
    .option("--max-rows <n>", "most rows read from the query", String(DEFAULT_LIMITS.maxRows))
    .option("--timeout <seconds>", "stop the query after this many seconds", "60")
    .action(async (rawFlags: unknown, command: Command) => {
      const parsed = ExportFlagsSchema.safeParse({ output: "", ...(rawFlags as object) });
      if (!parsed.success) throw new UsageError(`kg export: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
      const flags = parsed.data;
      const format = exportFormat(flags.format ?? formatFromFile(flags.output));
      const graph = await connectGraph(command);
      const service = new ExplorerService(
        createGraphProvider(redactUri(graph.connection.uri), async () => graph),
        { ...DEFAULT_LIMITS, maxRows: flags.maxRows, queryTimeoutMs: flags.timeout * 1000, readTimeoutMs: flags.timeout * 1000, evidenceCap: Number.MAX_SAFE_INTEGER, embedAppearancesUpTo: Number.MAX_SAFE_INTEGER },
      );
      try {
        const given = parseParams(flags.param);
        const result = flags.query ? await service.runSavedQuery(flags.query, given) : await service.cypher(flags.cypher!, jsonValues(given));
        if (result.graph.nodes.length === 0) {
          process.stderr.write(`kg: the query returned no nodes, relationships or paths (${result.rows.length} rows); the file holds an empty graph\n`);
        }
        const base = baseOf(flags.output, format.extension);
        const files = exportGraph(wireToGraph(result.graph), format.name, path.basename(base));
        for (const file of files) {
          const target = path.join(path.dirname(base), file.name);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, file.content, "utf8");
          process.stdout.write(`${target}\n`);
        }
        const truncated = result.truncated ? ` (rows cut at ${flags.maxRows}: raise --max-rows)` : "";
        process.stderr.write(`kg: exported ${result.graph.nodes.length} nodes and ${result.graph.edges.length} edges as ${format.name}${truncated}\n`);
      } finally {
        await graph.driver.close();
      }
    });
}

function formatFromFile(file: string): string {
  const extension = path.extname(file).slice(1).toLowerCase();
  if (!extension) throw new UsageError(`kg export: give --format (${EXPORT_FORMAT_NAMES.join(", ")}) or an -o file with one of those extensions`);
  return extension;
}

/** FILE without the format's extension: the export names its files from it. */
function baseOf(output: string, extension: string): string {
  const suffix = `.${extension}`;
  return output.toLowerCase().endsWith(suffix) ? output.slice(0, -suffix.length) : output;
}

/** Cypher parameters from --param: JSON when it parses (numbers, lists), text otherwise. */
function jsonValues(given: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(given).map(([key, value]) => {
      try {
        return [key, JSON.parse(value)];
      } catch {
        return [key, value];
      }
    }),
  );
}
