/**
 * The project's own Neo4j
 * =======================
 *
 * Provisions and runs a real Neo4j Community 5.26 server in a git-ignored
 * folder (`.neo4j/` by default):
 *
 *   .neo4j/lib/                 server jars fetched from Maven Central by mvn
 *                               (scripts/neo4j-server/pom.xml) + kg-install.json
 *   .neo4j/<instance>/          NEO4J_HOME of one server: conf/neo4j.conf, data/,
 *                               logs/, run/neo4j.pid, password (mode 0600)
 *
 * The server is driven by Neo4j's own bootloader (the class behind bin/neo4j):
 * `start` daemonises it and returns once it logs "Started"; we then wait until
 * Bolt answers with our credentials. Instances other than "main" (the tests')
 * live side by side on their own ports and share the jars.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { LOCAL_USERNAME, REPO_ROOT, readSecretFile, type LocalCredentials, type LocalNeo4jSettings } from "../config.ts";
import { Neo4jInstallError, Neo4jStartError } from "./errors.ts";
import { commandLineOf, isAlive, runProcess, sleep, tailOfFile, withFileLock } from "./process.ts";

const BOOTLOADER = "org.neo4j.server.startup.Neo4jCommand";
const ADMIN = "org.neo4j.server.startup.Neo4jAdminCommand";
const POM = path.join(REPO_ROOT, "scripts", "neo4j-server", "pom.xml");
const MIN_JAVA = 17;

/** JVM options of the official neo4j.conf that matter on Java 17. */
const JVM_OPTIONS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-XX:+ExitOnOutOfMemoryError",
];

export interface InstallManifest {
  version: string;
  installedAt: string;
  jars: number;
}

export interface StartResult {
  alreadyRunning: boolean;
  pid: number | null;
  uri: string;
  elapsedMs: number;
}

export interface LocalStatus {
  name: string;
  installed: InstallManifest | null;
  running: boolean;
  pid: number | null;
  uri: string;
  home: string;
}

type Log = (line: string) => void;
const quiet: Log = () => {};

export class LocalNeo4j {
  constructor(readonly settings: LocalNeo4jSettings) {}

  /** Instance name: "main" for the user's graph, e.g. "test-integration" for tests. */
  get name(): string {
    return this.settings.instance;
  }

  get libDir(): string {
    return path.join(this.settings.home, "lib");
  }
  get home(): string {
    return path.join(this.settings.home, this.name);
  }
  get uri(): string {
    return `bolt://127.0.0.1:${this.settings.boltPort}`;
  }
  get passwordFile(): string {
    return path.join(this.home, "password");
  }
  get logFile(): string {
    return path.join(this.home, "logs", "neo4j.log");
  }
  private get pidFile(): string {
    return path.join(this.home, "run", "neo4j.pid");
  }
  private get manifestFile(): string {
    return path.join(this.libDir, "kg-install.json");
  }

  credentials(): LocalCredentials {
    return { uri: this.uri, username: LOCAL_USERNAME, password: readSecretFile(this.passwordFile) };
  }

  installed(): InstallManifest | null {
    try {
      const manifest = JSON.parse(fs.readFileSync(this.manifestFile, "utf8")) as InstallManifest;
      const coreJar = path.join(this.libDir, `neo4j-${manifest.version}.jar`);
      return manifest.version === this.settings.version && fs.existsSync(coreJar) ? manifest : null;
    } catch {
      return null;
    }
  }

  /**
   * Fetches the server jars (once; a no-op when the wanted version is there)
   * and prepares this instance: folders, conf, a random password set before
   * the first start.
   */
  async install(log: Log = quiet): Promise<{ fetched: boolean; elapsedMs: number }> {
    const started = Date.now();
    fs.mkdirSync(this.settings.home, { recursive: true });
    const fetched = await withFileLock(path.join(this.settings.home, "install.lock"), () => this.fetchServer(log));
    await withFileLock(this.lockFile(), () => this.prepareInstance(log));
    return { fetched, elapsedMs: Date.now() - started };
  }

  /** Starts the server unless it runs already; resolves when Bolt answers. */
  async start(log: Log = quiet, timeoutMs = 180_000): Promise<StartResult> {
    const started = Date.now();
    if (!this.installed()) await this.install(log);
    return withFileLock(this.lockFile(), async () => {
      await this.prepareInstance(log);
      const running = this.runningPid();
      if (running) {
        await this.waitForBolt(running, started + timeoutMs);
        return { alreadyRunning: true, pid: running, uri: this.uri, elapsedMs: Date.now() - started };
      }
      log(`starting Neo4j ${this.settings.version} (${this.name}) on ${this.uri}`);
      const result = await this.runJava(BOOTLOADER, ["start"], timeoutMs);
      const pid = this.runningPid();
      if (result.code !== 0 || !pid) {
        throw new Neo4jStartError(this.failureMessage("did not start", `${result.stdout}\n${result.stderr}`));
      }
      await this.waitForBolt(pid, started + timeoutMs);
      return { alreadyRunning: false, pid, uri: this.uri, elapsedMs: Date.now() - started };
    });
  }

  /** Stops the server cleanly (checkpoint, then exit); false if it was not running. */
  async stop(log: Log = quiet, timeoutMs = 120_000): Promise<boolean> {
    if (!fs.existsSync(this.home)) return false;
    return withFileLock(this.lockFile(), async () => {
      const pid = this.runningPid();
      if (!pid) return false;
      log(`stopping Neo4j (${this.name}, pid ${pid})`);
      await this.runJava(BOOTLOADER, ["stop"], timeoutMs).catch(() => null);
      if (!(await waitForExit(pid, 30_000))) {
        process.kill(pid, "SIGTERM");
        if (!(await waitForExit(pid, timeoutMs))) process.kill(pid, "SIGKILL");
      }
      return true;
    });
  }

  status(): LocalStatus {
    const pid = fs.existsSync(this.home) ? this.runningPid() : null;
    return { name: this.name, installed: this.installed(), running: pid !== null, pid, uri: this.uri, home: this.home };
  }

  /** Runs neo4j-admin (the jars' Neo4jAdminCommand) on this instance, e.g. ["database", "dump", "neo4j", ...]. */
  runAdmin(args: string[], timeoutMs = 3_600_000) {
    return this.runJava(ADMIN, args, timeoutMs);
  }

  /** Whether this instance holds a `neo4j` database on disk. */
  hasDatabase(): boolean {
    return fs.existsSync(path.join(this.home, "data", "databases", "neo4j"));
  }

  /** Deletes this instance's data (not the jars); the server must be stopped. */
  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.home, { recursive: true, force: true });
  }

  /** The server's pid if it runs from this instance's home, else null. */
  runningPid(): number | null {
    let pid: number;
    try {
      pid = Number(fs.readFileSync(this.pidFile, "utf8").trim());
    } catch {
      return null;
    }
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
    const commandLine = commandLineOf(pid);
    return commandLine === null || commandLine.includes(`--home-dir=${this.home}`) ? pid : null;
  }

  private lockFile(): string {
    fs.mkdirSync(this.home, { recursive: true });
    return path.join(this.home, "kg.lock");
  }

  private async fetchServer(log: Log): Promise<boolean> {
    if (this.installed()) return false;
    await checkJava();
    const staging = `${this.libDir}.partial`;
    fs.rmSync(staging, { recursive: true, force: true });
    log(`fetching Neo4j Community ${this.settings.version} from Maven Central (mvn)...`);
    const args = ["-B", "-q", "-f", POM, `-Dneo4j.version=${this.settings.version}`, `-Dkg.neo4j.lib=${staging}`, "package"];
    const result = await runProcess("mvn", args, { timeoutMs: 900_000 }).catch((error: Error) => {
      throw new Neo4jInstallError(`cannot run mvn (${error.message}); install Maven 3 and Java ${MIN_JAVA}+`);
    });
    if (result.code !== 0) {
      const output = `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => line.includes("ERROR")).slice(0, 8);
      throw new Neo4jInstallError(`mvn could not fetch Neo4j ${this.settings.version} (offline?):\n${output.join("\n")}`);
    }
    const jars = fs.readdirSync(staging).filter((file) => file.endsWith(".jar")).length;
    const manifest: InstallManifest = { version: this.settings.version, installedAt: new Date().toISOString(), jars };
    fs.writeFileSync(path.join(staging, "kg-install.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.rmSync(this.libDir, { recursive: true, force: true });
    fs.renameSync(staging, this.libDir);
    fs.rmSync(path.join(this.settings.home, "build"), { recursive: true, force: true });
    log(`fetched ${jars} jars into ${this.libDir}`);
    return true;
  }

  /** Folders, conf (rewritten each time so settings follow the env) and password. */
  private async prepareInstance(log: Log): Promise<void> {
    for (const dir of ["conf", "data", "logs", "run", "plugins", "import"]) {
      fs.mkdirSync(path.join(this.home, dir), { recursive: true });
    }
    fs.writeFileSync(path.join(this.home, "conf", "neo4j.conf"), this.renderConf());
    if (fs.existsSync(this.passwordFile)) return;
    if (fs.existsSync(path.join(this.home, "data", "databases"))) {
      throw new Neo4jInstallError(
        `${this.passwordFile} is missing but ${this.home}/data holds a database; ` +
          `restore the file or delete ${this.home} to start afresh`,
      );
    }
    // hex: a base64url password may start with "-", which neo4j-admin would take for an option
    const password = randomBytes(24).toString("hex");
    log(`setting a random password for user ${LOCAL_USERNAME} (kept in ${this.passwordFile}, mode 0600)`);
    const result = await this.runJava(ADMIN, ["dbms", "set-initial-password", password], 120_000);
    if (result.code !== 0) throw new Neo4jInstallError(`neo4j-admin set-initial-password failed:\n${result.stderr || result.stdout}`);
    fs.writeFileSync(this.passwordFile, `${password}\n`, { mode: 0o600 });
    fs.chmodSync(this.passwordFile, 0o600);
  }

  private renderConf(): string {
    const { boltPort, heap, pageCache } = this.settings;
    const lines = [
      "# Written by county-kg (src/neo4j/local-server.ts) before every start:",
      "# edit KG_NEO4J_* environment variables rather than this file.",
      `server.directories.lib=${this.libDir}`,
      "server.default_listen_address=127.0.0.1",
      "server.default_advertised_address=127.0.0.1",
      `server.bolt.listen_address=127.0.0.1:${boltPort}`,
      `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
      "server.bolt.tls_level=DISABLED",
      "server.http.enabled=false",
      "server.https.enabled=false",
      "dbms.security.auth_enabled=true",
      // nothing here uses LOAD CSV: a query that slips past the read-only guard still cannot read local files
      "dbms.security.allow_csv_import_from_file_urls=false",
      `server.memory.heap.initial_size=${heap}`,
      `server.memory.heap.max_size=${heap}`,
      `server.memory.pagecache.size=${pageCache}`,
      "db.tx_log.rotation.retention_policy=2 files",
      "dbms.usage_report.enabled=false",
      // Bolt waits 5 s + 5 s for idle connections on shutdown by default.
      "internal.server.bolt.connection_shutdown_wait_time=1s",
      "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
      "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
      "internal.dbms.bolt.netty_server_shutdown_timeout=2",
      ...JVM_OPTIONS.map((option) => `server.jvm.additional=${option}`),
    ];
    return `${lines.join("\n")}\n`;
  }

  private runJava(mainClass: string, args: string[], timeoutMs: number) {
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: path.join(this.home, "conf") };
    delete env.NEO4J_URI;
    return runProcess(javaBinary(), ["-cp", path.join(this.libDir, "*"), mainClass, ...args], { env, timeoutMs });
  }

  private async waitForBolt(pid: number, deadline: number): Promise<void> {
    const { username, password } = this.credentials();
    const driver = neo4j.driver(this.uri, neo4j.auth.basic(username, password), { connectionTimeout: 3_000 });
    try {
      for (;;) {
        try {
          if (await driver.verifyAuthentication()) return;
          throw new Neo4jStartError(this.failureMessage(`refused the password in ${this.passwordFile}`));
        } catch (error) {
          if (error instanceof Neo4jStartError) throw error;
          const code = (error as { code?: string }).code ?? "";
          if (code.includes("Security")) throw new Neo4jStartError(this.failureMessage(`refused our credentials (${code})`));
          if (!isAlive(pid)) throw new Neo4jStartError(this.failureMessage("exited"));
          if (Date.now() > deadline) throw new Neo4jStartError(this.failureMessage("did not answer on Bolt in time"));
          await sleep(250);
        }
      }
    } finally {
      await driver.close();
    }
  }

  private failureMessage(what: string, extra = ""): string {
    const tail = tailOfFile(this.logFile, 25);
    return [`local Neo4j (${this.home}) ${what}.`, extra.trim(), tail ? `Last lines of ${this.logFile}:\n${tail}` : ""]
      .filter(Boolean)
      .join("\n");
  }
}

function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, "bin", "java") : "java";
}

async function checkJava(): Promise<void> {
  const result = await runProcess(javaBinary(), ["-version"]).catch(() => null);
  const major = Number(/version "(\d+)/.exec(result?.stderr ?? "")?.[1] ?? 0);
  if (major < MIN_JAVA) throw new Neo4jInstallError(`Neo4j 5.26 needs Java ${MIN_JAVA}+ (found: ${major || "none"})`);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}
