/**
 * Child processes and file locks for provisioning
 * ===============================================
 *
 * Small helpers for src/neo4j/local-server.ts: run a program and collect its
 * output, check that a pid is alive, hold a lock file so that two `kg neo4j`
 * commands (or two test setups) never install or start the same server at once.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
}

/**
 * Runs a program and resolves on its exit (not on the close of its pipes: a
 * daemon it forks may keep them open). Never rejects for a non-zero exit.
 */
export function runProcess(command: string, args: string[], options: RunOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = options.timeoutMs
      ? setTimeout(() => {
          stderr += `\n(killed after ${options.timeoutMs} ms)`;
          child.kill("SIGKILL");
        }, options.timeoutMs)
      : undefined;
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      // Let buffered output arrive, then stop listening to pipes a daemon may hold.
      setImmediate(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
      });
    });
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The command line of a process (Linux /proc), or null where unavailable. */
export function commandLineOf(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return null;
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `action` while holding `lockFile` (created exclusively, holding our
 * pid). A lock left by a dead process is taken over.
 */
export async function withFileLock<T>(lockFile: string, action: () => Promise<T>, timeoutMs = 300_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readOrEmpty(lockFile));
      if (!holder || !isAlive(holder)) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${lockFile}: still held by pid ${holder}`);
      await sleep(200);
    }
  }
  try {
    return await action();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

/** The last `count` lines of a text file ("" if it does not exist). */
export function tailOfFile(file: string, count: number): string {
  const text = readOrEmpty(file);
  return text.split("\n").filter(Boolean).slice(-count).join("\n");
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
