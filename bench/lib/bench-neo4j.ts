/**
 * The benchmark's own Neo4j
 * =========================
 *
 * A local Neo4j instance named `bench` (`.neo4j/bench`, own port), so that
 * benchmarks never touch the user's graph or the tests'. Same jars and the
 * same memory settings as the user's instance (KG_NEO4J_HEAP /
 * KG_NEO4J_PAGECACHE apply), so the figures are what a user would see.
 */
import fs from "node:fs";
import path from "node:path";
import { localNeo4jSettings, type Neo4jConnection } from "../../src/config.ts";
import { LocalNeo4j } from "../../src/neo4j/local-server.ts";

/** KG_BENCH_NEO4J_INSTANCE / _PORT give a second benchmark run its own server. */
export const BENCH_INSTANCE = process.env.KG_BENCH_NEO4J_INSTANCE ?? "bench";
export const BENCH_BOLT_PORT = Number(process.env.KG_BENCH_NEO4J_PORT ?? 7697);

export function benchNeo4j(): LocalNeo4j {
  return new LocalNeo4j({ ...localNeo4jSettings(), instance: BENCH_INSTANCE, boltPort: BENCH_BOLT_PORT });
}

export function benchConnection(server: LocalNeo4j): Neo4jConnection {
  return { ...server.credentials(), database: "neo4j", origin: "local" };
}

/** Connection flags for probes (child processes). */
export function connectionArgs(connection: Neo4jConnection): string[] {
  return ["--uri", connection.uri, "--user", connection.username, "--password", connection.password];
}

/** The parseArgs options a probe reads connectionArgs back with. */
export const CONNECTION_OPTIONS = {
  uri: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
} as const;

export function connectionFromArgs(values: { uri?: string; user?: string; password?: string }): Neo4jConnection {
  return { uri: values.uri!, username: values.user!, password: values.password!, database: "neo4j", origin: "local" };
}

/**
 * Which extraction the bench Neo4j holds, kept next to its data so a later
 * run does not reload it: the JSONL file, its size and time, the corpus size.
 */
interface LoadedMarker {
  jsonl: string;
  bytes: number;
  mtimeMs: number;
  size: number;
}

function markerFile(server: LocalNeo4j): string {
  return path.join(server.home, "kg-bench-loaded.json");
}

/** The corpus size the graph holds, if it is exactly that JSONL as it is now. */
export function loadedSize(server: LocalNeo4j, jsonlOf: (size: number) => string): number | null {
  try {
    const marker = JSON.parse(fs.readFileSync(markerFile(server), "utf8")) as LoadedMarker;
    const stat = fs.statSync(marker.jsonl);
    return samePath(marker.jsonl, jsonlOf(marker.size)) && stat.size === marker.bytes && stat.mtimeMs === marker.mtimeMs ? marker.size : null;
  } catch {
    return null;
  }
}

/** The same file, also through symlinks (a git worktree whose bench/out links to the main checkout's). */
function samePath(a: string, b: string): boolean {
  try {
    return a === b || fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

export function markLoaded(server: LocalNeo4j, jsonl: string, size: number): void {
  const stat = fs.statSync(jsonl);
  const marker: LoadedMarker = { jsonl, bytes: stat.size, mtimeMs: stat.mtimeMs, size };
  fs.writeFileSync(markerFile(server), `${JSON.stringify(marker)}\n`);
}

export function forgetLoaded(server: LocalNeo4j): void {
  fs.rmSync(markerFile(server), { force: true });
}
