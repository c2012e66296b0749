/**
 * kg neo4j
 * ========
 *
 * `kg neo4j install|start|stop|status|backup|restore|reset`: the project's
 * own Neo4j (see src/neo4j/local-server.ts and src/neo4j/backup.ts), and the
 * global --neo4j-* connection flags that every graph command shares
 * (`connectGraph`). A Neo4j named by flags or NEO4J_URI takes precedence over
 * the local one; backup, restore and reset only ever touch the local one.
 */
import type { Command } from "commander";
import { z } from "zod";
import { localNeo4jSettings, redactUri, resolveConnection, type ConnectionFlags, type Neo4jConnection } from "../../config.ts";
import { UsageError } from "../../errors.ts";
import { countGraph, serverVersion, type GraphCounts } from "../../neo4j/admin.ts";
import { backupLocal, resetLocal, restoreLocal } from "../../neo4j/backup.ts";
import { openGraph, withGraph, type Graph } from "../../neo4j/driver.ts";
import { LocalNeo4j } from "../../neo4j/local-server.ts";

export function registerNeo4j(program: Command): void {
  addConnectionOptions(program);
  const neo4j = program.command("neo4j").description("the project's own Neo4j (in .neo4j/): install, start, stop, status");
  neo4j
    .command("install")
    .description("fetch Neo4j Community from Maven Central (mvn) and set a random password; no-op when installed")
    .action(async () => {
      const server = localServer();
      const result = await server.install(say);
      const manifest = server.installed()!;
      out(`Neo4j ${manifest.version} ${result.fetched ? "installed" : "already installed"} in ${server.libDir} (${seconds(result.elapsedMs)})`);
    });
  neo4j
    .command("start")
    .description("start the local Neo4j (installing it first if needed); returns when Bolt answers")
    .option("--timeout <seconds>", "give up after this many seconds", "180")
    .action(async (options: { timeout: string }) => {
      const timeout = z.coerce.number().positive().safeParse(options.timeout);
      if (!timeout.success) throw new UsageError("--timeout must be a number of seconds");
      const server = localServer();
      const result = await server.start(say, timeout.data * 1000);
      const what = result.alreadyRunning ? "already running" : `started in ${seconds(result.elapsedMs)}`;
      out(`Neo4j ${server.settings.version} ${what} at ${result.uri} (pid ${result.pid}); user neo4j, password in ${server.passwordFile}`);
    });
  neo4j
    .command("stop")
    .description("stop the local Neo4j cleanly")
    .action(async () => {
      const started = Date.now();
      const wasRunning = await localServer().stop(say);
      out(wasRunning ? `Neo4j stopped (${seconds(Date.now() - started)})` : "Neo4j was not running");
    });
  neo4j
    .command("backup")
    .description("dump the local graph into FILE (neo4j-admin database dump; a running server is stopped and started again)")
    .argument("<file>", "archive to write (must not exist), e.g. backups/kg-2025-01-31.dump")
    .action(async (file: string, _options: unknown, command: Command) => {
      const server = localOnly(command, "backup");
      const result = await backupLocal(server, file, say);
      out(`backed up the local graph to ${result.file} (${megabytes(result.bytes)}, ${seconds(result.elapsedMs)}${result.restarted ? "; Neo4j restarted" : ""})`);
    });
  neo4j
    .command("restore")
    .description("replace the local graph with a backup FILE (the graph as it was is kept in .neo4j/backups/ first)")
    .argument("<file>", "archive written by `kg neo4j backup` (or neo4j-admin database dump)")
    .action(async (file: string, _options: unknown, command: Command) => {
      const server = localOnly(command, "restore");
      const result = await restoreLocal(server, file, say);
      out(`restored the local graph from ${result.file} (${seconds(result.elapsedMs)}${result.restarted ? "; Neo4j restarted" : "; start it with `kg neo4j start`"})`);
      if (result.safety) out(`the graph as it was before is in ${result.safety} (kg neo4j restore ${result.safety} brings it back)`);
    });
  neo4j
    .command("reset")
    .description("delete the local graph and start afresh (the graph as it was is kept in .neo4j/backups/ first)")
    .option("--yes", "confirm: the local graph is deleted")
    .action(async (options: { yes?: boolean }, command: Command) => {
      const server = localOnly(command, "reset");
      if (!options.yes) throw new UsageError("kg neo4j reset deletes the local graph: add --yes to confirm (a safety copy is kept in .neo4j/backups/)");
      const result = await resetLocal(server, say);
      out(`the local graph is deleted${result.restarted ? "; Neo4j runs again with an empty graph and a new password" : "; the next start creates an empty graph"}`);
      if (result.safety) out(`the graph as it was is in ${result.safety} (kg neo4j restore ${result.safety} brings it back)`);
    });
  neo4j
    .command("status")
    .description("which Neo4j is in use, and how many nodes and relationships it holds (exit code 3: not running)")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      const status = await neo4jStatus(connectionFlags(command));
      process.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : statusText(status));
      if (!status.reachable) process.exitCode = 3;
    });
}

/** The global flags for choosing a Neo4j, added once to the program. */
export function addConnectionOptions(program: Command): void {
  if (program.options.some((option) => option.long === "--neo4j-uri")) return;
  program
    .option("--neo4j-uri <uri>", "Neo4j to use instead of the local one (env NEO4J_URI); neo4j:// for a cluster")
    .option("--neo4j-username <name>", "user name (env NEO4J_USERNAME)")
    .option("--neo4j-password <password>", "password (env NEO4J_PASSWORD; prefer the env variable)")
    .option("--neo4j-database <name>", "database (env NEO4J_DATABASE; default: the server's default)");
}

export function connectionFlags(command: Command): ConnectionFlags {
  const options = command.optsWithGlobals() as ConnectionFlags;
  return {
    ...(options.neo4jUri ? { neo4jUri: options.neo4jUri } : {}),
    ...(options.neo4jUsername ? { neo4jUsername: options.neo4jUsername } : {}),
    ...(options.neo4jPassword ? { neo4jPassword: options.neo4jPassword } : {}),
    ...(options.neo4jDatabase ? { neo4jDatabase: options.neo4jDatabase } : {}),
  };
}

/** The local Neo4j, for commands that must never act on another one. */
function localOnly(command: Command, what: string): LocalNeo4j {
  const flags = connectionFlags(command);
  const external = flags.neo4jUri ?? process.env.NEO4J_URI;
  if (external && external.trim() !== "") {
    throw new UsageError(`kg neo4j ${what} works on the project's local Neo4j only, but ${redactUri(external)} is configured (NEO4J_URI / --neo4j-uri); use that server's own backup tools`);
  }
  return localServer();
}

export function localServer(): LocalNeo4j {
  return new LocalNeo4j(localNeo4jSettings());
}

/**
 * Opens the graph the command should use. The local Neo4j is started (and
 * installed) on first use, so `kg ingest` works on a fresh checkout.
 */
export async function connectGraph(command: Command): Promise<Graph> {
  const flags = connectionFlags(command);
  const server = localServer();
  const connection = resolveConnection({ flags, local: () => server.credentials() });
  if (connection.origin === "local" && !server.status().running) {
    say("kg: starting the local Neo4j (stop it with `kg neo4j stop`)");
    await server.start(say);
  }
  return openGraph(connection.origin === "local" ? resolveConnection({ flags, local: () => server.credentials() }) : connection);
}

export interface Neo4jStatus {
  origin: Neo4jConnection["origin"];
  uri: string;
  database: string | null;
  reachable: boolean;
  version: string | null;
  edition: string | null;
  local: ReturnType<LocalNeo4j["status"]> | null;
  counts: GraphCounts | null;
  error: string | null;
}

async function neo4jStatus(flags: ConnectionFlags): Promise<Neo4jStatus> {
  const server = localServer();
  const external = flags.neo4jUri ?? process.env.NEO4J_URI;
  const local = external ? null : server.status();
  const base = { uri: local?.uri ?? external!, local, version: null, edition: null, counts: null, error: null };
  if (local && !local.running) {
    return { ...base, origin: "local", database: null, reachable: false, error: local.installed ? "not running" : "not installed" };
  }
  const connection = resolveConnection({ flags, local: () => server.credentials() });
  try {
    return await withGraph(connection, async (graph) => {
      const version = await serverVersion(graph);
      return {
        ...base,
        origin: connection.origin,
        database: connection.database,
        reachable: true,
        version: version.version,
        edition: version.edition,
        counts: await countGraph(graph),
      };
    });
  } catch (error) {
    return { ...base, origin: connection.origin, database: connection.database, reachable: false, error: (error as Error).message };
  }
}

function statusText(status: Neo4jStatus): string {
  const lines: string[] = [];
  if (status.origin === "local") {
    const local = status.local!;
    lines.push(`Neo4j in use: the project's local Neo4j (${local.home})`);
    lines.push(`  installed: ${local.installed ? `Neo4j Community ${local.installed.version}` : "no (run `kg neo4j install`)"}`);
    lines.push(`  running:   ${local.running ? `yes, pid ${local.pid}, ${local.uri}` : "no (run `kg neo4j start`)"}`);
  } else lines.push(`Neo4j in use: ${status.uri} (from NEO4J_URI / --neo4j-uri)`);
  if (status.reachable) {
    lines.push(`  server:    Neo4j ${status.version} ${status.edition}, database ${status.database ?? "(default)"}`);
    const c = status.counts!;
    lines.push(`  graph:     ${c.nodes} nodes, ${c.relationships} relationships`);
    lines.push(
      `             ${c.reports} reports; ${c.counties} counties, ${c.companies} companies, ${c.projects} projects, ${c.slogans} slogans, ${c.persons} people`,
    );
    lines.push(
      `             ${c.mentions} MENTIONS, ${c.hasProject} HAS_PROJECT, ${c.involves} INVOLVES, ${c.locatedIn} LOCATED_IN, ${c.promotes} PROMOTES, ${c.holdsOffice} HOLDS_OFFICE`,
    );
  } else if (status.error && status.origin !== "local") lines.push(`  not reachable: ${status.error}`);
  return `${lines.join("\n")}\n`;
}

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
