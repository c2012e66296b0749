/**
 * kg serve
 * ========
 *
 * `kg serve [--port N] [--host H] [--token T]`: the graph explorer and its
 * JSON API on 127.0.0.1 (graph-ui, built first when missing or stale). The
 * local Neo4j is started when it is the one in use and not running; if Neo4j
 * cannot be reached the explorer still comes up and says so.
 *
 * Sharing with colleagues takes an explicit `--host` (0.0.0.0 or an address
 * of this machine), and then every API call needs an access token: the one
 * given (--token, or KG_SERVE_TOKEN, which keeps it out of the process
 * list), or a random one. The printed link carries it in its #fragment,
 * which browsers never send to servers or put in logs; the UI keeps it for
 * the tab and sends it as `Authorization: Bearer`. The API reads only
 * (src/server/explorer-service.ts); Neo4j itself stays on 127.0.0.1.
 */
import os from "node:os";
import type { Command } from "commander";
import { z } from "zod";
import { redactUri, resolveConnection } from "../../config.ts";
import { UsageError } from "../../errors.ts";
import { refreshSummaries } from "../../neo4j/summaries.ts";
import { openGraph } from "../../neo4j/driver.ts";
import { DEFAULT_LIMITS, ExplorerService } from "../../server/explorer-service.ts";
import { createGraphProvider, type GraphProvider } from "../../server/graph-provider.ts";
import { startServer } from "../../server/http-server.ts";
import { generateToken, isLoopback, MIN_TOKEN_LENGTH } from "../../server/request-policy.ts";
import { ensureUiBuilt, UI_DIST } from "../../server/ui-build.ts";
import { addConnectionOptions, connectionFlags, localServer } from "./neo4j.ts";

export const DEFAULT_PORT = 8765;

const ServeFlagsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(DEFAULT_PORT),
  host: z.string().min(1).default("127.0.0.1"),
  build: z.boolean().default(true),
  maxRows: z.coerce.number().int().min(1).max(100_000).default(DEFAULT_LIMITS.maxRows),
  timeout: z.coerce.number().positive().max(3_600).default(DEFAULT_LIMITS.queryTimeoutMs / 1000),
  log: z.boolean().default(false),
  token: z
    .string()
    .min(MIN_TOKEN_LENGTH, `an access token of at least ${MIN_TOKEN_LENGTH} characters`)
    .regex(/^[\x21-\x7e]+$/, "printable ASCII without spaces")
    .optional(),
});

export function registerServe(program: Command): void {
  addConnectionOptions(program);
  program
    .command("serve")
    .description("open the graph explorer: a web UI and JSON API over Neo4j on http://127.0.0.1")
    .option("--port <port>", "port to listen on (0: any free port)", String(DEFAULT_PORT))
    .option("--host <host>", "address to bind; another than 127.0.0.1 (e.g. 0.0.0.0) shares the explorer and requires an access token", "127.0.0.1")
    .option("--token <token>", "access token for the API (default with --host: a random one; env KG_SERVE_TOKEN keeps it out of `ps`)")
    .option("--no-build", "serve graph-ui/dist as it is, without rebuilding it")
    .option("--max-rows <n>", "most rows a query or the Cypher console returns", String(DEFAULT_LIMITS.maxRows))
    .option("--timeout <seconds>", "stop queries after this many seconds", String(DEFAULT_LIMITS.queryTimeoutMs / 1000))
    .option("--log", "print one line per API request")
    .action(async (rawFlags: unknown, command: Command) => {
      const given = rawFlags as Record<string, unknown>;
      const parsed = ServeFlagsSchema.safeParse({ ...given, token: given.token ?? nonEmpty(process.env.KG_SERVE_TOKEN) });
      if (!parsed.success) throw new UsageError(`kg serve: ${parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
      const flags = parsed.data;
      const say = (line: string) => process.stderr.write(`${line}\n`);
      if (flags.build) await ensureUiBuilt(say);

      const connection = await prepareConnection(command, say);
      const graphs = createGraphProvider(connection ? redactUri(connection.uri) : "(no Neo4j configured)", async () => {
        if (!connection) throw new UsageError("no Neo4j configured: set NEO4J_URI or run `kg neo4j start`");
        return openGraph(connection);
      });
      const service = new ExplorerService(graphs, { ...DEFAULT_LIMITS, maxRows: flags.maxRows, queryTimeoutMs: flags.timeout * 1000 });
      const health = await service.health();
      if (!health.ok) say(`kg: warning: ${health.neo4j.message}`);
      else {
        await completeSummaries(graphs, say);
        await service.warmUp().catch((error: unknown) => say(`kg: warning: warm-up failed: ${(error as Error).message}`));
      }
      const token = flags.token ?? (isLoopback(flags.host) ? null : generateToken());
      const server = await startServer({ service, uiDir: UI_DIST, host: flags.host, port: flags.port, token, ...(flags.log ? { log: say } : {}) });
      const fragment = token ? `#token=${token}` : "";
      process.stdout.write(`county-kg explorer: ${server.url}${fragment}\n`);
      if (!isLoopback(flags.host)) {
        for (const address of sharedAddresses(flags.host)) process.stdout.write(`  for colleagues: http://${address}:${server.port}/${fragment}\n`);
        say("kg: the explorer is reachable from other machines; API calls need the access token in the link (share it only with colleagues)");
      }
      await waitForSignal();
      say("kg: stopping the explorer");
      await server.close();
      await graphs.close();
    });
}

/** Addresses colleagues can use: the bound one, or this machine's external IPv4 addresses for 0.0.0.0 / ::. */
function sharedAddresses(host: string): string[] {
  if (host !== "0.0.0.0" && host !== "::") return [host.includes(":") ? `[${host}]` : host];
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((address) => address && address.family === "IPv4" && !address.internal)
    .map((address) => address!.address);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== "" ? value.trim() : undefined;
}

/** The connection to use; the local Neo4j is started if it is the one and is down. */
async function prepareConnection(command: Command, say: (line: string) => void) {
  const flags = connectionFlags(command);
  const server = localServer();
  try {
    const first = resolveConnection({ flags, local: () => server.credentials() });
    if (first.origin === "local" && !server.status().running) {
      say("kg: starting the local Neo4j (stop it with `kg neo4j stop`)");
      await server.start(say);
    }
    return first.origin === "local" ? resolveConnection({ flags, local: () => server.credentials() }) : first;
  } catch (error) {
    say(`kg: warning: ${(error as Error).message}`);
    return null;
  }
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/**
 * A graph loaded by other means than `kg load` (neo4j-admin import of
 * `kg export-admin` files, an older county-kg) lacks the company and county
 * summaries that companies across counties and node summaries read: compute
 * them before serving.
 */
async function completeSummaries(graphs: GraphProvider, say: (line: string) => void): Promise<void> {
  const started = Date.now();
  try {
    const computed = await graphs.use(refreshSummaries);
    if (computed.companies + computed.counties > 0) {
      say(`kg: computed the summaries of ${computed.companies} companies and ${computed.counties} counties in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } catch (error) {
    say(`kg: warning: could not compute company and county summaries (companies across counties may be incomplete): ${(error as Error).message}`);
  }
}
