/**
 * A private Neo4j for one test file
 * =================================
 *
 * Tests that stop, kill, back up or reset Neo4j must not disturb the shared
 * test instance of global-setup.ts. `startPrivateNeo4j(tag)` provisions a
 * server of its own (`.neo4j/test-private-<tag>-<pid>`, a free port, the
 * shared jars) and `destroy()` stops and deletes it. Instances left by test
 * runs that died are deleted on the next start.
 */
import fs from "node:fs";
import path from "node:path";
import { localNeo4jSettings, type Neo4jConnection } from "../../src/config.ts";
import { LocalNeo4j } from "../../src/neo4j/local-server.ts";
import { isAlive } from "../../src/neo4j/process.ts";
import { freePort } from "./ports.ts";

const PREFIX = "test-private-";

export interface PrivateNeo4j {
  server: LocalNeo4j;
  connection(): Neo4jConnection;
  /** Environment for a `kg` child process that must use this instance as "the local Neo4j". */
  localEnv(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  destroy(): Promise<void>;
}

export async function startPrivateNeo4j(tag: string): Promise<PrivateNeo4j> {
  const base = localNeo4jSettings();
  await removeAbandoned(base);
  const settings = { ...base, instance: `${PREFIX}${tag}-${process.pid}`, boltPort: await freePort(), heap: "512m", pageCache: "128m" };
  const server = new LocalNeo4j(settings);
  await server.start((line) => process.stderr.write(`[neo4j ${settings.instance}] ${line}\n`));
  return {
    server,
    connection: () => ({ ...server.credentials(), database: "neo4j", origin: "local" }),
    localEnv: (extra = {}) => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        KG_NEO4J_INSTANCE: settings.instance,
        KG_NEO4J_BOLT_PORT: String(settings.boltPort),
        KG_NEO4J_HEAP: settings.heap,
        KG_NEO4J_PAGECACHE: settings.pageCache,
      };
      for (const name of ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete env[name];
      return { ...env, ...extra };
    },
    destroy: async () => {
      await server.destroy();
      removeSafetyArchives(base.home, settings.instance);
    },
  };
}

/** Archives that kg neo4j restore/reset kept for this instance (src/neo4j/backup.ts). */
function removeSafetyArchives(home: string, instance: string): void {
  const dir = path.join(home, "backups");
  if (!fs.existsSync(dir)) return;
  for (const file of fs.readdirSync(dir)) if (file.startsWith(`${instance}-`)) fs.rmSync(path.join(dir, file), { force: true });
}

async function removeAbandoned(base: ReturnType<typeof localNeo4jSettings>): Promise<void> {
  if (!fs.existsSync(base.home)) return;
  for (const dir of fs.readdirSync(base.home)) {
    if (!dir.startsWith(PREFIX)) continue;
    const pid = Number(dir.split("-").at(-1));
    if (!Number.isInteger(pid) || isAlive(pid)) continue;
    await new LocalNeo4j({ ...base, instance: dir }).destroy();
    removeSafetyArchives(base.home, dir);
  }
}
