/**
 * The benchmark's own Neo4j
 * =========================
 *
 * A local Neo4j instance named `bench` (`.neo4j/bench`, own port), so that
 * benchmarks never touch the user's graph or the tests'. Same jars and the
 * same memory settings as the user's instance (KG_NEO4J_HEAP /
 * KG_NEO4J_PAGECACHE apply), so the figures are what a user would see.
 */
import { localNeo4jSettings, type Neo4jConnection } from "../../src/config.ts";
import { LocalNeo4j } from "../../src/neo4j/local-server.ts";

export const BENCH_INSTANCE = "bench";
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

export function connectionFromArgs(values: { uri?: string; user?: string; password?: string }): Neo4jConnection {
  return { uri: values.uri!, username: values.user!, password: values.password!, database: "neo4j", origin: "local" };
}
