/**
 * Parallel extraction
 * ===================
 *
 * `extractPathsParallel` has the yield contract of `extractPaths`
 * (pipeline.ts) — the same reports, in the same order, the same problems and
 * file callbacks — but extracts files on a pool of worker threads, one per
 * core by default.
 *
 * Streaming: files are handed out in order, at most `window` of them (and
 * WINDOW_BYTES of input) ahead of the file the consumer is waiting for;
 * finished files wait in a reorder buffer until their turn. Nothing is
 * dispatched while the consumer does not pull, so memory stays flat whatever
 * the corpus size and a slow consumer (stdout, Neo4j) throttles extraction
 * instead of piling up results. The window is wide enough that one large
 * file (a listing page of many reports takes ~10 times the median) does not
 * leave the other workers idle while the consumer waits for it.
 *
 * Reading overlaps extraction: this thread reads each file as it hands it
 * out and transfers the bytes with the task, so a worker finds its next file
 * in memory instead of waiting on the file system between two files (a
 * worker's own reads cannot run while it extracts: it is busy in JavaScript).
 *
 * `extractFormattedParallel` is the same run for output that is text
 * (`kg extract`): each file's reports are formatted where they were
 * extracted, by a formatter named in a registry module, and only the text
 * crosses to this thread. Serialising there spreads the work over the
 * workers, and a string is far cheaper to pass between threads than the
 * report objects.
 *
 * Workers import a bundle of their modules made by worker-bundle.ts (or, when
 * it cannot be made, the TypeScript sources through tsx, which
 * parallel-boot.js then registers in the worker). PDF files all go to
 * the first worker, which loads pdfjs once (and outside tsx, see
 * parallel-boot.js); the others never pay pdfjs's memory.
 */
import fs from "node:fs/promises";
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { FileProblem, ReportExtraction } from "../src/types.ts";
import { loadFormatter, type FormatterRef } from "./formatter-ref.ts";
import type { ExtractOptions } from "./pipeline.ts";
import { listInputFiles, readBytes } from "./read.ts";
import { workerModules, type WorkerModules } from "./worker-bundle.ts";
import type { WorkerReady, WorkerReply, WorkerStop, WorkerTask } from "./parallel-worker.ts";

export type { FormatterRef } from "./formatter-ref.ts";

export interface InputFile {
  source: string;
  bytes: number;
}

export interface ParallelExtractOptions extends ExtractOptions {
  /**
   * Worker threads. Default: one per core. 0 extracts in this thread (for
   * profiling and debugging; it pays pdfjs's side effects, see parallel-boot.js).
   */
  workers?: number;
  /** Most files dispatched ahead of the one being yielded. Default: 16 per worker (see also WINDOW_BYTES). */
  window?: number;
  /** Called once, after listing, with every input file and its size. */
  onStart?: (files: readonly InputFile[]) => void;
  /**
   * V8 heap limits of each worker, in MB (old and young generation; env
   * KG_WORKER_HEAP_MB / KG_WORKER_YOUNG_MB; 0 = V8's defaults). The old
   * generation's keeps the heaps from growing between collections (about
   * 250 MB less RSS with two workers); a worker that runs out on a very
   * large file is replaced by one without limits. The young generation keeps
   * V8's default: at 8 MB the extractors' short-lived objects outlived the
   * scavenges, and collection took 13-16% of a worker's time instead of 5-6%
   * (for ~30 MB more peak RSS with two workers).
   */
  workerHeapMb?: number;
  workerYoungMb?: number;
}

const DEFAULT_WORKER_HEAP_MB = Number(process.env.KG_WORKER_HEAP_MB ?? 192) || undefined;
const DEFAULT_WORKER_YOUNG_MB = Number(process.env.KG_WORKER_YOUNG_MB ?? 0) || undefined;
const FILES_AHEAD_PER_WORKER = 16;
/**
 * Most input bytes dispatched ahead of the file being yielded (the file
 * itself not counted): bounds the reorder buffer (formatted output is ~5
 * times its input) and the read-ahead whatever the file sizes.
 */
const WINDOW_BYTES = 8 * 1024 * 1024;

/** The formatted reports of one file, in order. */
export interface FormattedFile {
  source: string;
  reports: number;
  text: string;
}

export function defaultWorkerCount(): number {
  return Math.max(1, os.availableParallelism());
}

/** The input files (announced to onStart) and how many workers to run: none when there are no files. */
async function planRun(paths: string[], options: ParallelExtractOptions): Promise<{ files: InputFile[]; sources: string[]; workers: number }> {
  const files = await listWithSizes(paths);
  options.onStart?.(files);
  const sources = files.map((file) => file.source);
  return { files, sources, workers: Math.min(options.workers ?? defaultWorkerCount(), sources.length) };
}

export async function* extractPathsParallel(
  paths: string[],
  options: ParallelExtractOptions = {},
): AsyncGenerator<ReportExtraction> {
  const { files, sources, workers } = await planRun(paths, options);
  if (workers <= 0) {
    // Loaded only here: with workers, this thread never runs the stages.
    const { extractPaths } = await import("./pipeline.ts");
    yield* extractPaths(sources, { onProblem: options.onProblem, onFile: options.onFile });
    return;
  }
  for await (const file of runPool(files, workers, options, null)) yield* file.reports;
}

export async function* extractFormattedParallel(
  paths: string[],
  formatter: FormatterRef,
  options: ParallelExtractOptions = {},
): AsyncGenerator<FormattedFile> {
  const { files, sources, workers } = await planRun(paths, options);
  if (workers <= 0) {
    const { extractPaths } = await import("./pipeline.ts");
    const format = await loadFormatter(formatter);
    for await (const report of extractPaths(sources, { onProblem: options.onProblem, onFile: options.onFile })) {
      yield { source: report.source, reports: 1, text: format(report) };
    }
    return;
  }
  for await (const file of runPool(files, workers, options, formatter)) yield { source: file.source, reports: file.count, text: file.text };
}

async function* runPool(
  files: readonly InputFile[],
  workers: number,
  options: ParallelExtractOptions,
  formatter: FormatterRef | null,
): AsyncGenerator<FileResult> {
  const modules = await workerModules(formatter ? [formatter.module] : []);
  const limits = { heapMb: options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB, youngMb: options.workerYoungMb ?? DEFAULT_WORKER_YOUNG_MB };
  const pool = new WorkerPool(workers, limits, modules, formatter && { module: modules.modules.get(formatter.module) ?? formatter.module, name: formatter.name });
  try {
    yield* pool.run(files, options, options.window ?? workers * FILES_AHEAD_PER_WORKER);
  } finally {
    await pool.close();
  }
}

async function listWithSizes(paths: string[]): Promise<InputFile[]> {
  const sources = await listInputFiles(paths);
  return Promise.all(
    sources.map(async (source) => ({ source, bytes: await fs.stat(source).then((stat) => stat.size, () => 0) })),
  );
}

/** One file's reports, as objects, or as formatted text (reports empty). */
interface FileResult {
  source: string;
  reports: ReportExtraction[];
  count: number;
  text: string;
}

type Outcome =
  | { kind: "reports"; reports: ReportExtraction[]; count: number; text: string; characters: number }
  | { kind: "problem"; problem: FileProblem }
  | { kind: "error"; error: Error };

interface Slot {
  worker: Worker;
  busy: number;
  /** Input bytes of the files it holds: how much work it has left, roughly. */
  pendingBytes: number;
  readsPdf: boolean;
  /** Runs under the heap limits (a replacement after running out of memory does not). */
  limited: boolean;
  /** Replaced after running out of memory; its exit is expected. */
  retired: boolean;
  /** Settles when the thread has exited. */
  exited: Promise<void>;
}

/** How many files one worker holds at once: one running, one queued so it never idles. */
const TASKS_PER_WORKER = 2;

class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly outcomes = new Map<number, Outcome>();
  private readonly owner = new Map<number, Slot>();
  private crashed: Error | null = null;
  private closed = false;
  private wake: (() => void) | null = null;
  /** `ends[i]`: input bytes of the files before file i (so the bytes between two files are a difference). */
  private queue = { sources: [] as readonly string[], ends: [0], window: 0, head: 0, next: 0 };
  /** Files below `queue.next` not yet dispatched (PDFs waiting for the PDF worker), in order. */
  private waiting: number[] = [];

  /**
   * All workers start at once, each warming up (parallel-worker.ts) on its
   * own core, so that none starts late. (One after the other, to keep the
   * memory peaks of loading apart, saved ~25 MB of peak RSS with two workers
   * and cost the second one ~3 s of extraction.)
   */
  constructor(
    private readonly size: number,
    private readonly limits: { heapMb: number | undefined; youngMb: number | undefined },
    private readonly modules: WorkerModules,
    private readonly formatter: FormatterRef | null,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(i === 0));
  }

  async *run(files: readonly InputFile[], options: ExtractOptions, window: number): AsyncGenerator<FileResult> {
    const sources = files.map((file) => file.source);
    const ends = [0];
    for (const file of files) ends.push(ends.at(-1)! + file.bytes);
    this.queue = { sources, ends, window, head: 0, next: 0 };
    this.waiting = [];
    for (let head = 0; head < sources.length; head++) {
      this.queue.head = head;
      this.fill();
      const outcome = await this.outcomeOf(head);
      if (outcome.kind === "error") throw outcome.error;
      if (outcome.kind === "problem") {
        options.onProblem?.(outcome.problem);
        continue;
      }
      options.onFile?.(sources[head]!, outcome.characters);
      yield { source: sources[head]!, reports: outcome.reports, count: outcome.count, text: outcome.text };
    }
  }

  /**
   * Asks every worker to stop and waits until it has: a worker leaves between
   * two files (or after warming up). Terminating a thread from outside while it
   * is inside nodejieba can abort the whole process (a native exception nobody
   * can catch), which a run that stops early would show now and then.
   */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map((slot) => {
        slot.worker.postMessage({ kind: "stop" } satisfies WorkerStop);
        return slot.exited;
      }),
    );
  }

  private spawn(readsPdf: boolean, limited = true): Slot {
    const { heapMb, youngMb } = this.limits;
    const worker = new Worker(new URL("./parallel-boot.js", import.meta.url), {
      workerData: { entry: this.modules.entry, tsx: this.modules.needsTsx, preloadPdf: readsPdf },
      resourceLimits: limited ? { ...(heapMb ? { maxOldGenerationSizeMb: heapMb } : {}), ...(youngMb ? { maxYoungGenerationSizeMb: youngMb } : {}) } : {},
    });
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    const slot: Slot = { worker, busy: 0, pendingBytes: 0, readsPdf, limited, retired: false, exited };
    worker.on("message", (reply: WorkerReply | WorkerReady) => {
      if (reply.kind !== "ready") this.receive(reply);
    });
    worker.on("error", (error) => this.workerFailed(slot, error));
    worker.on("exit", (code) => {
      if (!slot.retired && !this.closed && slot.busy > 0) this.fail(new Error(`extraction worker exited (code ${code}) with ${slot.busy} file(s) pending`));
    });
    return slot;
  }

  /**
   * A worker that ran out of heap (a very large file) is replaced by one
   * without limits, which extracts the files it held; other failures end the run.
   */
  private workerFailed(slot: Slot, error: Error): void {
    if ((error as NodeJS.ErrnoException).code !== "ERR_WORKER_OUT_OF_MEMORY" || !slot.limited || this.closed) {
      this.fail(error);
      return;
    }
    slot.retired = true;
    const held = [...this.owner].filter(([, owner]) => owner === slot).map(([seq]) => seq).sort((a, b) => a - b);
    for (const seq of held) this.owner.delete(seq);
    const replacement = this.spawn(slot.readsPdf, false);
    this.slots[this.slots.indexOf(slot)] = replacement;
    for (const seq of held) this.dispatch(replacement, seq, this.queue.sources[seq]!);
  }

  /**
   * Hands out files in order to workers with room, within the window. A PDF
   * waits for the PDF worker without holding up the files after it.
   */
  private fill(): void {
    const queue = this.queue;
    const limit = Math.min(queue.sources.length, queue.head + queue.window);
    this.waiting = this.waiting.filter((seq) => !this.tryDispatch(seq));
    while (queue.next < limit && this.withinWindowBytes(queue.next)) {
      const seq = queue.next++;
      if (this.tryDispatch(seq)) continue;
      this.waiting.push(seq);
      if (!isPdfPath(queue.sources[seq]!)) return;
    }
  }

  /** The file being yielded always goes; the others while the input after it stays under WINDOW_BYTES. */
  private withinWindowBytes(seq: number): boolean {
    const { ends, head } = this.queue;
    return seq === head || ends[seq + 1]! - ends[head + 1]! <= WINDOW_BYTES;
  }

  private tryDispatch(seq: number): boolean {
    const source = this.queue.sources[seq]!;
    const slot = this.idleSlot(isPdfPath(source));
    if (!slot) return false;
    this.dispatch(slot, seq, source);
    return true;
  }

  /**
   * The worker with room and the least work left, by input bytes (the PDF
   * worker for a PDF). By file count, the last two files of a run, both large
   * listing pages, could queue on one worker while the other had nothing left.
   */
  private idleSlot(pdf: boolean): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) {
      if (pdf && !slot.readsPdf) continue;
      if (slot.busy >= TASKS_PER_WORKER) continue;
      if (!best || slot.pendingBytes < best.pendingBytes || (slot.pendingBytes === best.pendingBytes && slot.busy < best.busy)) best = slot;
    }
    return best;
  }

  private bytesOf(seq: number): number {
    return this.queue.ends[seq + 1]! - this.queue.ends[seq]!;
  }

  /**
   * Reads the file here, then sends it with its bytes (transferred, not
   * copied). A file that cannot be read here goes without them: the worker
   * reads it and reports the problem as the plain pipeline would.
   */
  private dispatch(slot: Slot, seq: number, source: string): void {
    slot.busy++;
    slot.pendingBytes += this.bytesOf(seq);
    this.owner.set(seq, slot);
    void readAhead(source).then((bytes) => {
      // Gone to a replacement worker meanwhile (see workerFailed), or closing.
      if (this.owner.get(seq) !== slot || this.closed) return;
      const task: WorkerTask = { seq, source, formatter: this.formatter, bytes };
      slot.worker.postMessage(task, bytes ? [bytes.buffer as ArrayBuffer] : []);
    });
  }

  private receive(reply: WorkerReply): void {
    const slot = this.owner.get(reply.seq);
    if (slot) {
      slot.busy--;
      slot.pendingBytes -= this.bytesOf(reply.seq);
    }
    this.owner.delete(reply.seq);
    this.outcomes.set(reply.seq, toOutcome(reply));
    this.fill();
    this.notify();
  }

  private fail(error: Error): void {
    this.crashed ??= error;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async outcomeOf(seq: number): Promise<Outcome> {
    for (;;) {
      const outcome = this.outcomes.get(seq);
      if (outcome) {
        this.outcomes.delete(seq);
        return outcome;
      }
      if (this.crashed) throw this.crashed;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

/** The file's bytes (a buffer of their own, transferable), or undefined when the worker should read it and report the problem. */
function readAhead(source: string): Promise<Uint8Array | undefined> {
  return readBytes(source).catch(() => undefined);
}

function isPdfPath(source: string): boolean {
  return source.toLowerCase().endsWith(".pdf");
}

function toOutcome(reply: WorkerReply): Outcome {
  switch (reply.kind) {
    case "reports":
      return { kind: "reports", reports: reply.reports, count: reply.count, text: reply.text, characters: reply.characters };
    case "problem":
      return { kind: "problem", problem: reply.problem };
    case "error": {
      const error = new Error(reply.message);
      error.name = reply.name;
      if (reply.stack) error.stack = reply.stack;
      return { kind: "error", error };
    }
  }
}
