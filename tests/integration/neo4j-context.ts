/**
 * Neo4j for integration and e2e tests
 * ===================================
 *
 * What tests/integration/global-setup.ts provides, and helpers to use it:
 *   const graph = await openTestGraph();          // driver on the test database
 *   execFile("node", ["bin/kg.js", ...], { env: cliEnv() })  // CLI on the same database
 * The test database is a Neo4j of its own (never the user's `main` one), or
 * NEO4J_URI's when that is set; tests may wipe it.
 */
import { inject } from "vitest";
import type { Neo4jConnection } from "../../src/config.ts";
import { openGraph, type Graph } from "../../src/neo4j/driver.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export function testConnection(): Neo4jConnection {
  return inject("neo4j");
}

export function openTestGraph(): Promise<Graph> {
  return openGraph(testConnection());
}

/** Environment for a `kg` child process that must use the test database. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const connection = testConnection();
  return {
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
    ...extra,
  };
}
