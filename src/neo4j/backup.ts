/**
 * Backup, restore and reset of the local Neo4j
 * ============================================
 *
 * Offline, with Neo4j's own `neo4j-admin database dump|load` (the jars in
 * .neo4j/lib), since Neo4j Community cannot dump a database it is serving:
 * a running server is stopped for the operation and started again after it.
 *   - backup: the `neo4j` database into one archive file (written beside the
 *     target and renamed into place, so a failed dump never leaves a partial
 *     file; an existing file is never overwritten);
 *   - restore: the archive is checked first (`load --info`), the current
 *     graph is dumped to a safety archive
 *     (.neo4j/backups/<instance>-before-restore-<time>.dump), then replaced;
 *     if loading fails, the safety archive is loaded back;
 *   - reset: the current graph goes to a safety archive
 *     (<instance>-before-reset-<time>.dump), then the instance folder (data,
 *     logs, password) is deleted; the next start creates an empty graph with
 *     a new password.
 * Safety archives are never overwritten (restoring one makes a new one);
 * the newest SAFETY_KEPT of each kind are kept.
 * Users live in the `system` database, which these commands leave alone:
 * the password stays the same across backup and restore.
 */
import fs from "node:fs";
import path from "node:path";
import { UsageError } from "../errors.ts";
import { Neo4jAdminError } from "./errors.ts";
import type { LocalNeo4j } from "./local-server.ts";

const DATABASE = "neo4j";
export const SAFETY_KEPT = 3;

type Log = (line: string) => void;

export interface BackupResult {
  file: string;
  bytes: number;
  elapsedMs: number;
  /** The server was running, was stopped for the operation and started again. */
  restarted: boolean;
}

export interface RestoreResult extends BackupResult {
  /** Archive of the graph as it was before (null when there was none). */
  safety: string | null;
}

export async function backupLocal(server: LocalNeo4j, file: string, log: Log = () => {}): Promise<BackupResult> {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new UsageError(`${file} exists; give a new file name (a backup never overwrites a file)`);
  if (!server.hasDatabase()) throw new UsageError(`the local Neo4j (${server.home}) holds no graph yet: nothing to back up`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const started = Date.now();
  const restarted = await whileStopped(server, log, () => dump(server, target, log));
  return { file: target, bytes: fs.statSync(target).size, elapsedMs: Date.now() - started, restarted };
}

export async function restoreLocal(server: LocalNeo4j, file: string, log: Log = () => {}): Promise<RestoreResult> {
  const source = path.resolve(file);
  if (!fs.statSync(source, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`${file}: no such backup file`);
  if (!server.installed() || !fs.existsSync(server.passwordFile)) await server.install(log);
  await checkArchive(server, source);
  const started = Date.now();
  let safety: string | null = null;
  const restarted = await whileStopped(server, log, async () => {
    if (server.hasDatabase()) {
      safety = safetyFile(server, "before-restore");
      await dump(server, safety, log);
    }
    try {
      await load(server, source, log);
      pruneSafetyFiles(server, "before-restore");
    } catch (error) {
      if (safety) await load(server, safety, log);
      throw new Neo4jAdminError(`${(error as Error).message}\nThe graph as it was before is back (from ${safety ?? "nothing: there was none"}).`);
    }
  });
  return { file: source, bytes: fs.statSync(source).size, elapsedMs: Date.now() - started, restarted, safety };
}

/** Deletes the local graph (after dumping it to a safety archive); returns that archive, or null. */
export async function resetLocal(server: LocalNeo4j, log: Log = () => {}): Promise<{ safety: string | null; restarted: boolean }> {
  const wasRunning = server.status().running;
  let safety: string | null = null;
  if (server.hasDatabase()) {
    safety = safetyFile(server, "before-reset");
    await whileStopped(server, log, () => dump(server, safety!, log), false);
    pruneSafetyFiles(server, "before-reset");
  }
  log(`deleting ${server.home} (data, logs, password)`);
  await server.destroy();
  if (wasRunning) await server.start(log);
  return { safety, restarted: wasRunning };
}

/**
 * A new safety archive: beside the instances, so that a reset (which
 * deletes the instance folder) keeps it, and named by time, so that
 * restoring one never overwrites it.
 */
export function safetyFile(server: LocalNeo4j, what: string): string {
  const dir = safetyDir(server);
  fs.mkdirSync(dir, { recursive: true });
  const time = new Date().toISOString().replace(/[:.]/g, "-");
  return path.join(dir, `${server.name}-${what}-${time}.dump`);
}

function safetyDir(server: LocalNeo4j): string {
  return path.join(server.settings.home, "backups");
}

/** Keeps the newest SAFETY_KEPT archives of one kind. */
function pruneSafetyFiles(server: LocalNeo4j, what: string): void {
  const prefix = `${server.name}-${what}-`;
  const files = fs
    .readdirSync(safetyDir(server))
    .filter((name) => name.startsWith(prefix) && name.endsWith(".dump"))
    .sort()
    .reverse();
  for (const old of files.slice(SAFETY_KEPT)) fs.rmSync(path.join(safetyDir(server), old), { force: true });
}

/** Runs `work` with the server stopped; starts it again if it was running (unless `restart` is false). */
async function whileStopped(server: LocalNeo4j, log: Log, work: () => Promise<void>, restart = true): Promise<boolean> {
  const wasRunning = server.status().running;
  if (wasRunning) {
    log("stopping the local Neo4j for the operation (Neo4j Community cannot dump or load a database it is serving)");
    await server.stop(log);
  }
  try {
    await work();
  } finally {
    if (wasRunning && restart) await server.start(log);
  }
  return wasRunning && restart;
}

async function dump(server: LocalNeo4j, target: string, log: Log): Promise<void> {
  const staging = fs.mkdtempSync(path.join(path.dirname(target), ".kg-dump-"));
  try {
    log(`dumping the graph to ${target}`);
    await admin(server, ["database", "dump", DATABASE, `--to-path=${staging}`], "dump");
    fs.renameSync(path.join(staging, `${DATABASE}.dump`), target);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** neo4j-admin reads archives from a folder: a staging folder holds a link named neo4j.dump to the file. */
async function withArchiveFolder<T>(archive: string, work: (folder: string) => Promise<T>): Promise<T> {
  const folder = fs.mkdtempSync(path.join(path.dirname(archive), ".kg-load-"));
  try {
    fs.symlinkSync(archive, path.join(folder, `${DATABASE}.dump`));
    return await work(folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function checkArchive(server: LocalNeo4j, archive: string): Promise<void> {
  await withArchiveFolder(archive, (folder) =>
    admin(server, ["database", "load", DATABASE, "--info", `--from-path=${folder}`], "read").catch((error: Error) => {
      throw new Neo4jAdminError(`${archive} is not a Neo4j database dump that can be loaded:\n${error.message}`);
    }),
  );
}

async function load(server: LocalNeo4j, archive: string, log: Log): Promise<void> {
  log(`loading ${archive} into the local Neo4j`);
  await withArchiveFolder(archive, (folder) =>
    admin(server, ["database", "load", DATABASE, `--from-path=${folder}`, "--overwrite-destination=true"], "load"),
  );
}

async function admin(server: LocalNeo4j, args: string[], what: string): Promise<string> {
  const result = await server.runAdmin(args);
  const output = `${result.stdout}\n${result.stderr}`.trim();
  if (result.code !== 0) {
    const lines = output.split("\n").filter((line) => line.trim() !== "" && !/^\s+at /.test(line));
    throw new Neo4jAdminError(`neo4j-admin database ${what} failed (exit ${result.code}):\n${lines.slice(-8).join("\n")}`);
  }
  return output;
}
