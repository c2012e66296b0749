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
import fs from "node:fs";
import { inject } from "vitest";
import type { Neo4jConnection } from "../../src/config.ts";
import { wipeGraph } from "../../src/neo4j/admin.ts";
import { openGraph, type Graph } from "../../src/neo4j/driver.ts";
import { loadReports } from "../../src/neo4j/load.ts";
import { parseExtractionsJsonl } from "../../src/neo4j/extraction-schema.ts";

/** Two extracted reports (闻喜县, 溧阳市) that the query tests know by heart. */
export const FIXTURE_REPORTS = "tests/fixtures/neo4j/reports.jsonl";

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

/** The test database wiped and loaded with FIXTURE_REPORTS. */
export async function openFixtureGraph(): Promise<Graph> {
  const graph = await openTestGraph();
  await wipeGraph(graph);
  await loadReports(graph, parseExtractionsJsonl(fs.readFileSync(FIXTURE_REPORTS, "utf8"), FIXTURE_REPORTS));
  return graph;
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
