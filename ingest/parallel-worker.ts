/**
 * Extraction worker
 * =================
 *
 * Runs inside a worker thread of the pool in parallel.ts (started through
 * parallel-boot.js, which registers tsx). Extracts the files it is sent, one
 * at a time in arrival order, and answers each with its reports, the problem
 * that made it unreadable, or the unexpected error (which the pool rethrows
 * when the file's turn comes, as the single-threaded run would).
 */
import { parentPort } from "node:worker_threads";
import { InputFileError } from "../src/errors.ts";
import type { FileProblem, ReportExtraction } from "../src/types.ts";
import { extractFile } from "./pipeline.ts";

export interface WorkerTask {
  seq: number;
  source: string;
}

export type WorkerReply =
  | { seq: number; kind: "reports"; reports: ReportExtraction[]; characters: number }
  | { seq: number; kind: "problem"; problem: FileProblem }
  | { seq: number; kind: "error"; name: string; message: string; stack: string | undefined };

async function handle({ seq, source }: WorkerTask): Promise<WorkerReply> {
  try {
    const { reports, characters } = await extractFile(source);
    return { seq, kind: "reports", reports, characters };
  } catch (error) {
    if (error instanceof InputFileError) return { seq, kind: "problem", problem: { source: error.source, reason: error.reason } };
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    return { seq, kind: "error", name, message, stack };
  }
}

if (parentPort) {
  const port = parentPort;
  let chain = Promise.resolve();
  port.on("message", (task: WorkerTask) => {
    chain = chain.then(async () => port.postMessage(await handle(task)));
  });
}
