/**
 * `kg serve` as a child process
 * =============================
 *
 * Starts the real command on a free port against the e2e Neo4j (or the
 * environment given), waits for the URL it prints, and keeps the per-request
 * lines of `--log` so the tests can report API latencies.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cliEnv } from "../integration/neo4j-context.ts";

export interface ServeProcess {
  url: string;
  /** Per endpoint: number of requests, median and max milliseconds. */
  latencies(): Record<string, { count: number; medianMs: number; maxMs: number }>;
  /** Everything the process printed so far. */
  output(): { stdout: string; stderr: string };
  stop(): Promise<void>;
}

export function startKgServe(env: NodeJS.ProcessEnv = {}, extraArgs: string[] = []): Promise<ServeProcess> {
  const child: ChildProcess = spawn("node", ["bin/kg.js", "serve", "--port", "0", "--no-build", "--log", ...extraArgs], {
    env: cliEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const samples = new Map<string, number[]>();
  let stderr = "";
  let stdout = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    stderr += text;
    for (const match of text.matchAll(/^(GET|POST) (\/api\/[^\s]+) (\d{3}) (\d+)ms$/gm)) {
      const key = `${match[1]} ${endpointOf(match[2]!)}`;
      samples.set(key, [...(samples.get(key) ?? []), Number(match[4])]);
    }
  });
  let settled = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kg serve did not print its URL in time:\n${stderr}`)), 120_000);
    child.on("exit", (code) => reject(new Error(`kg serve exited with ${code}:\n${stderr}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      const match = /explorer: (http:\/\/\S+)\n/.exec(stdout);
      if (!match || settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        output: () => ({ stdout, stderr }),
        latencies: () =>
          Object.fromEntries(
            [...samples].map(([key, values]) => {
              const sorted = [...values].sort((a, b) => a - b);
              return [key, { count: sorted.length, medianMs: sorted[Math.floor(sorted.length / 2)]!, maxMs: sorted.at(-1)! }];
            }),
          ),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.removeAllListeners("exit");
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

/** /api/nodes/county:123 -> /api/nodes/:id, so latencies group by endpoint. */
function endpointOf(pathname: string): string {
  return pathname.replace(/^\/api\/(nodes|reports|queries)\/.+$/, "/api/$1/:id");
}
