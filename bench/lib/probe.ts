/**
 * Probes
 * ======
 *
 * Each measurement runs in a fresh Node process (bench/probes/*.ts through
 * bin/run-ts.js), so that its memory peak is its own and one stage's warm
 * caches do not flatter the next. A probe prints one JSON line last on
 * stdout; `runProbe` returns it parsed. `emit` is the probe side.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RUN_TS = path.join(REPO_ROOT, "bin", "run-ts.js");

export class ProbeError extends Error {
  override name = "ProbeError";
}

export interface ProbeOptions {
  /** Run on these CPUs only (taskset -c), e.g. "0". */
  cpus?: string;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  /** Called with each stderr line (progress of long probes). */
  onLog?: (line: string) => void;
}

export async function runProbe<T>(probe: string, args: string[], options: ProbeOptions = {}): Promise<T> {
  const script = path.join(REPO_ROOT, "bench", "probes", `${probe}.ts`);
  const command = [process.execPath, ...(options.nodeArgs ?? []), RUN_TS, script, ...args];
  if (options.cpus) command.unshift("taskset", "-c", options.cpus);
  const child = spawn(command[0]!, command.slice(1), {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (const line of chunk.split("\n")) if (line.trim()) options.onLog?.(line);
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const last = stdout.trim().split("\n").at(-1) ?? "";
  if (code !== 0) throw new ProbeError(`probe ${probe} ${args.join(" ")} exited with ${code}:\n${stderr.trim().split("\n").slice(-15).join("\n")}`);
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new ProbeError(`probe ${probe} printed no JSON result:\n${stdout.slice(-2000)}`);
  }
}

/** Probe side: print the result as the last stdout line. */
export function emit(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
