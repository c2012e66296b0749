/**
 * npm postinstall: provision the local Neo4j
 * ==========================================
 *
 * Runs after `npm install` / `npm ci`: fetches Neo4j Community from Maven
 * Central (mvn) into .neo4j/ and sets its password, so `kg neo4j start` is
 * ready. A no-op when it is installed already. Never fails the npm install:
 * offline, or without java/mvn, it explains and leaves the install to
 * `kg neo4j install` (or the first `kg neo4j start`). Set
 * KG_SKIP_NEO4J_INSTALL=1 to skip it, e.g. when NEO4J_URI names another Neo4j.
 */
import { localNeo4jSettings } from "../src/config.ts";
import { LocalNeo4j } from "../src/neo4j/local-server.ts";

async function postinstall(): Promise<void> {
  if (process.env.KG_SKIP_NEO4J_INSTALL === "1") return;
  const server = new LocalNeo4j(localNeo4jSettings());
  if (server.installed()) return;
  const log = (line: string) => process.stderr.write(`county-kg: ${line}\n`);
  try {
    const result = await server.install(log);
    log(`Neo4j ${server.settings.version} ready in ${server.libDir} (${(result.elapsedMs / 1000).toFixed(1)} s); start it with \`npm run neo4j -- start\``);
  } catch (error) {
    log(`could not install the local Neo4j now: ${(error as Error).message}`);
    log("it will be installed by `npm run neo4j -- install` or the first `kg neo4j start`");
  }
}

await postinstall().catch((error: unknown) => {
  process.stderr.write(`county-kg: postinstall: ${(error as Error).message}\n`);
});
process.exitCode = 0;
