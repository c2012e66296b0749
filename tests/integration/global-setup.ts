/**
 * Integration / e2e global setup: a real Neo4j for the tests
 * ==========================================================
 *
 * Each vitest project gets its own local Neo4j (`.neo4j/test-<project>`, own
 * port and data; installed and started here if needed), so tests never touch
 * the user's graph, and the integration and e2e projects (which vitest runs in
 * parallel) never see each other's data. If another live test run holds that
 * instance (two people testing in one checkout), or something else uses its
 * port, this run gets a private one on a free port, deleted afterwards. With NEO4J_URI set, that Neo4j is used
 * instead (tests wipe its NEO4J_DATABASE: point it at a scratch database).
 *
 * The connection reaches tests through `provide("neo4j")` (neo4j-context.ts).
 * Teardown stops only a server this setup started.
 */
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { localNeo4jSettings, resolveConnection, type Neo4jConnection } from "../../src/config.ts";
import { LocalNeo4j } from "../../src/neo4j/local-server.ts";
import { isAlive, withFileLock } from "../../src/neo4j/process.ts";
import "./neo4j-context.ts";
import { freePort, portIsFree } from "./ports.ts";

/** Bolt ports of the shared test instances; the user's Neo4j keeps 7687. */
const TEST_PORTS: Record<string, number> = { integration: 7688, e2e: 7689 };
const FALLBACK_PORT = 7690;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide("neo4j", resolveConnection({ env: process.env }));
    return async () => {};
  }
  const { server, privateInstance, releaseLease } = await acquireTestServer(project.name);
  const log = (line: string) => process.stderr.write(`[neo4j ${server.name}] ${line}\n`);
  const wasRunning = server.status().running;
  const started = Date.now();
  try {
    await server.start(log);
  } catch (error) {
    releaseLease();
    throw error;
  }
  if (!wasRunning) log(`ready on ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const connection: Neo4jConnection = { ...server.credentials(), database: "neo4j", origin: "local" };
  project.provide("neo4j", connection);
  return async () => {
    releaseLease();
    if (privateInstance) await server.destroy();
    else if (!wasRunning) await server.stop(log);
  };
}

interface TestServer {
  server: LocalNeo4j;
  privateInstance: boolean;
  releaseLease: () => void;
}

/** The project's shared test instance, or a private one if a live run holds it. */
async function acquireTestServer(projectName: string): Promise<TestServer> {
  const base = localNeo4jSettings();
  const name = `test-${projectName.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}`;
  const port = Number(process.env[`KG_TEST_NEO4J_PORT_${projectName.toUpperCase()}`] ?? TEST_PORTS[projectName] ?? FALLBACK_PORT);
  const settings = { ...base, instance: name, boltPort: port, heap: "768m", pageCache: "256m" };
  await removeAbandonedPrivateInstances(base, name);
  const leases = path.join(base.home, name, "leases");
  fs.mkdirSync(leases, { recursive: true });
  const lease = path.join(leases, String(process.pid));
  const shared = await withFileLock(path.join(leases, "..", "lease.lock"), async () => {
    for (const pid of fs.readdirSync(leases)) if (!isAlive(Number(pid))) fs.rmSync(path.join(leases, pid), { force: true });
    const holders = fs.readdirSync(leases).filter((pid) => Number(pid) !== process.pid);
    if (holders.length > 0) return false;
    fs.writeFileSync(lease, "");
    return true;
  });
  const releaseLease = () => fs.rmSync(lease, { force: true });
  const server = new LocalNeo4j(settings);
  // The port may be taken by something else, e.g. the tests of another checkout.
  if (shared && (server.status().running || (await portIsFree(port)))) return { server, privateInstance: false, releaseLease };
  if (shared) releaseLease();
  const privateSettings = { ...settings, instance: `${name}-${process.pid}`, boltPort: await freePort() };
  return { server: new LocalNeo4j(privateSettings), privateInstance: true, releaseLease: () => {} };
}

/** Private instances left behind by runs that died (their pid is gone). */
async function removeAbandonedPrivateInstances(base: ReturnType<typeof localNeo4jSettings>, name: string): Promise<void> {
  if (!fs.existsSync(base.home)) return;
  for (const dir of fs.readdirSync(base.home)) {
    const pid = Number(dir.slice(name.length + 1));
    if (!dir.startsWith(`${name}-`) || !Number.isInteger(pid) || isAlive(pid)) continue;
    await new LocalNeo4j({ ...base, instance: dir }).destroy();
  }
}
