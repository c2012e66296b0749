/**
 * Extraction worker
 * =================
 *
 * Runs inside a worker thread of the pool in parallel.ts (started through
 * parallel-boot.js, which registers tsx). Extracts the files it is sent, one
 * at a time in arrival order, and answers each with its reports (or their
 * text, when the task names a formatter), the problem
 * that made it unreadable, or the unexpected error (which the pool rethrows
 * when the file's turn comes, as the single-threaded run would).
 *
 * First it warms up: one small made-up document through every stage, so that
 * the dictionaries and tables the stages load lazily (nodejieba's, about
 * 250 MB) are loaded before the first file. It stops when the pool asks
 * (WorkerStop): from JavaScript, between two files, never while nodejieba runs.
 */
import { parentPort } from "node:worker_threads";
import { InputFileError } from "../src/errors.ts";
import type { FileProblem, ReportExtraction } from "../src/types.ts";
import { extractReport } from "./extract.ts";
import { loadFormatter, type FormatterRef, type ReportFormatter } from "./formatter-ref.ts";
import { normalize } from "./normalize.ts";
import { extractFile } from "./pipeline.ts";
import { splitReports } from "./split.ts";

export interface WorkerTask {
  seq: number;
  source: string;
  /** Format the reports here and send only their text. */
  formatter: FormatterRef | null;
  /** The file's content, read by the pool ahead of time; absent: read it here. */
  bytes?: Uint8Array;
}

/** The pool is closing: leave now. */
export interface WorkerStop {
  kind: "stop";
}

/** Sent once, when the worker has warmed up. */
export interface WorkerReady {
  kind: "ready";
}

export type WorkerReply =
  | { seq: number; kind: "reports"; reports: ReportExtraction[]; count: number; text: string; characters: number }
  | { seq: number; kind: "problem"; problem: FileProblem }
  | { seq: number; kind: "error"; name: string; message: string; stack: string | undefined };

const formatters = new Map<string, Promise<ReportFormatter>>();

function formatterOf(ref: FormatterRef): Promise<ReportFormatter> {
  const key = `${ref.module}#${ref.name}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = loadFormatter(ref)));
  return format;
}

async function handle({ seq, source, formatter, bytes }: WorkerTask): Promise<WorkerReply> {
  try {
    const { reports, characters } = await extractFile(source, bytes);
    if (!formatter) return { seq, kind: "reports", reports, count: reports.length, text: "", characters };
    const format = await formatterOf(formatter);
    return { seq, kind: "reports", reports: [], count: reports.length, text: reports.map(format).join(""), characters };
  } catch (error) {
    if (error instanceof InputFileError) return { seq, kind: "problem", problem: { source: error.source, reason: error.reason } };
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    return { seq, kind: "error", name, message, stack };
  }
}

/** General wording only (no names from any corpus): it just has to reach every extractor. */
const WARM_UP_TEXT = [
  "2024年某县政府工作报告",
  "——2024年1月10日在某县第十届人民代表大会第三次会议上",
  "某县人民政府县长 张某某",
  "各位代表：全县地区生产总值增长6.5%。引进新材料有限公司、科技集团等3家企业，总投资5.2亿元的光伏发电项目开工建设，" +
    "污水处理厂建成投用。深入推进“两个示范”行动，扎实做好“六稳”工作。",
].join("\n");

function warmUp(): void {
  const drafts = splitReports("(warm-up)", normalize({ source: "(warm-up)", format: "text", encoding: "utf-8", text: WARM_UP_TEXT }));
  drafts.forEach(extractReport);
}

if (parentPort) {
  const port = parentPort;
  warmUp();
  port.postMessage({ kind: "ready" } satisfies WorkerReady);
  let chain = Promise.resolve();
  port.on("message", (message: WorkerTask | WorkerStop) => {
    if ("kind" in message) process.exit(0);
    else chain = chain.then(async () => port.postMessage(await handle(message)));
  });
}
