/**
 * Integration / e2e global setup: a real Neo4j for the tests
 * ==========================================================
 *
 * Each vitest project gets its own local Neo4j instance (`.neo4j/test-<project>`,
 * its own port and data), installed and started here if needed, so tests never
 * touch the user's graph and the integration and e2e projects (which vitest
 * runs in parallel) never see each other's data. With NEO4J_URI set, that
 * Neo4j is used instead (tests wipe its NEO4J_DATABASE: point it at a
 * scratch database). The connection is handed to tests through
 * `provide("neo4j")` (see neo4j-context.ts). Teardown stops only a server
 * this setup started; a server that was already running is left running.
 */
import type { TestProject } from "vitest/node";
import { localNeo4jSettings, resolveConnection, type Neo4jConnection } from "../../src/config.ts";
import { LocalNeo4j } from "../../src/neo4j/local-server.ts";
import "./neo4j-context.ts";

/** Bolt ports of the test instances; the user's Neo4j keeps 7687. */
const TEST_PORTS: Record<string, number> = { integration: 7688, e2e: 7689 };
const FALLBACK_PORT = 7690;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide("neo4j", resolveConnection({ env: process.env }));
    return async () => {};
  }
  const server = testServer(project.name);
  const log = (line: string) => process.stderr.write(`[neo4j ${server.name}] ${line}\n`);
  const wasRunning = server.status().running;
  const started = Date.now();
  await server.start(log);
  if (!wasRunning) log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const connection: Neo4jConnection = { ...server.credentials(), database: "neo4j", origin: "local" };
  project.provide("neo4j", connection);
  return async () => {
    if (!wasRunning) await server.stop(log);
  };
}

function testServer(projectName: string): LocalNeo4j {
  const name = `test-${projectName.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}`;
  const base = localNeo4jSettings();
  const port = Number(process.env[`KG_TEST_NEO4J_PORT_${projectName.toUpperCase()}`] ?? TEST_PORTS[projectName] ?? FALLBACK_PORT);
  return new LocalNeo4j({ ...base, instance: name, boltPort: port, heap: "768m", pageCache: "256m" });
}
