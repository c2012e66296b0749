/**
 * kg serve as a child process
 * ===========================
 *
 * Starts `kg serve --port 0` against a given Neo4j (through NEO4J_* env,
 * as a user would point it at any Neo4j), waits for the URL it prints, and
 * stops it with SIGTERM. Its peak RSS is read from /proc before it stops.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Neo4jConnection } from "../../src/config.ts";
import { REPO_ROOT } from "./probe.ts";
import { peakRssBytes } from "./rss.ts";

export class KgServe {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(connection: Neo4jConnection, log: (line: string) => void, extraArgs: string[] = []): Promise<KgServe> {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "bin", "kg.js"), "serve", "--port", "0", ...extraArgs], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEO4J_URI: connection.uri, NEO4J_USERNAME: connection.username, NEO4J_PASSWORD: connection.password, NEO4J_DATABASE: "neo4j" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      for (const line of chunk.split("\n")) if (line.trim()) log(`kg serve: ${line.trim()}`);
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error("kg serve did not print its URL within 300 s")), 300_000);
      child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
        out += chunk;
        const match = /(http:\/\/\S+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!.replace(/\/$/, ""));
        }
      });
      child.once("exit", (code) => reject(new Error(`kg serve exited (${code}) before it was ready`)));
    });
    return new KgServe(child, url);
  }

  get peakRssBytes(): number | null {
    return this.child.pid ? peakRssBytes(this.child.pid) : null;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (this.child.exitCode === null) this.child.kill("SIGKILL");
  }
}
