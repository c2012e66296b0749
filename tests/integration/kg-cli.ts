/**
 * Runs the real `kg` command (bin/kg.js) against the test Neo4j.
 */
import { execFile } from "node:child_process";
import { cliEnv } from "./neo4j-context.ts";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function kg(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile("node", ["bin/kg.js", ...args], { env: cliEnv(env), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
