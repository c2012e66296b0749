/**
 * kg query
 * ========
 *
 * `kg query NAME --param k=v ...` runs a saved query (cypher/queries/),
 * `kg query --cypher "MATCH ..."` runs ad-hoc Cypher, `kg query --list` lists
 * the saved ones. Ad-hoc Cypher passes the read-only guard
 * (src/neo4j/cypher-guard.ts) first; everything runs in a read transaction,
 * so the server rejects writes as well. Prints a table, or JSON with --json.
 */
import type { Command } from "commander";
import { z } from "zod";
import { UsageError } from "../../errors.ts";
import { assertReadOnlyCypher } from "../../neo4j/cypher-guard.ts";
import { formatJson, formatTable } from "../../neo4j/format-result.ts";
import { runReadQuery, runUserQuery } from "../../neo4j/read.ts";
import { bindParams, getSavedQuery, listSavedQueries, type SavedQuery } from "../../neo4j/saved-queries.ts";
import { addConnectionOptions, connectGraph } from "./neo4j.ts";

const QueryFlagsSchema = z.object({
  param: z.array(z.string()).default([]),
  cypher: z.string().min(1).optional(),
  json: z.boolean().default(false),
  list: z.boolean().default(false),
  maxRows: z.coerce.number().int().min(1).max(100_000).default(1_000),
  timeout: z.coerce.number().positive().max(3_600).default(30),
});
type QueryFlags = z.infer<typeof QueryFlagsSchema>;

export function registerQuery(program: Command): void {
  addConnectionOptions(program);
  program
    .command("query")
    .description("run a saved query (kg query --list) or read-only Cypher; prints a table or JSON")
    .argument("[name]", "saved query name")
    .option("-p, --param <key=value>", "query parameter (repeatable)", collect, [])
    .option("-c, --cypher <query>", "run this Cypher instead of a saved query (read-only; $params from --param)")
    .option("--json", "print JSON (columns, rows, truncated, elapsedMs)")
    .option("--list", "list the saved queries with their parameters")
    .option("--max-rows <n>", "most rows to return", "1000")
    .option("--timeout <seconds>", "stop the query after this many seconds", "30")
    .action(async (name: string | undefined, rawFlags: unknown, command: Command) => {
      const flags = parseFlags(rawFlags);
      if (flags.list) {
        process.stdout.write(flags.json ? `${JSON.stringify(listSavedQueries().map(describe), null, 2)}\n` : listText());
        return;
      }
      const { cypher, params } = resolveQuery(name, flags);
      if (flags.cypher !== undefined) assertReadOnlyCypher(cypher);
      const graph = await connectGraph(command);
      try {
        const run = flags.cypher !== undefined ? runUserQuery : runReadQuery;
        const result = await run(graph, cypher, params, { maxRows: flags.maxRows, timeoutMs: flags.timeout * 1000 });
        process.stdout.write(flags.json ? formatJson(result) : formatTable(result));
      } finally {
        await graph.driver.close();
      }
    });
}

function resolveQuery(name: string | undefined, flags: QueryFlags): { cypher: string; params: Record<string, unknown> } {
  const given = parseParams(flags.param);
  if (flags.cypher !== undefined) {
    if (name) throw new UsageError("give either a saved query name or --cypher, not both");
    return { cypher: flags.cypher, params: Object.fromEntries(Object.entries(given).map(([key, value]) => [key, jsonOrText(value)])) };
  }
  if (!name) throw new UsageError("name a saved query (see `kg query --list`) or give --cypher");
  const query = getSavedQuery(name);
  return { cypher: query.cypher, params: bindParams(query, given) };
}

/** `k=v` pairs; values stay strings (saved queries convert them to their declared types). */
export function parseParams(pairs: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`--param ${pair}: expected key=value`);
    params[pair.slice(0, at).trim()] = pair.slice(at + 1);
  }
  return params;
}

/** For ad-hoc Cypher: 5 -> 5, true -> true, ["a","b"] -> list, anything else stays text. */
function jsonOrText(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function parseFlags(raw: unknown): QueryFlags {
  const parsed = QueryFlagsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--${String(issue.path[0] ?? "option").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue.message}`);
  }
  return parsed.data;
}

function describe(query: SavedQuery) {
  return { name: query.name, description: query.description, params: query.params, columns: query.columns, file: query.file };
}

function listText(): string {
  return listSavedQueries()
    .map((query) => {
      const params = query.params.map(
        (param) => `    --param ${param.name}=<${param.type}>${param.default === undefined ? " (required)" : ` (default ${param.default})`}  ${param.description}`,
      );
      const columns = `    columns: ${query.columns.map((column) => column.name).join(", ")}`;
      return [`${query.name}`, `    ${query.description}`, ...params, columns].join("\n");
    })
    .join("\n\n")
    .concat("\n");
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
