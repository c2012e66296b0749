/**
 * kg extract
 * ==========
 *
 * `kg extract [--format jsonl|pretty] [--workers N] PATH...`: prints the
 * entities and relations of every report found under the paths, in file
 * order whatever the number of workers. The workers format the reports (see
 * extractFormattedParallel); this thread only writes. Results go to stdout (respecting
 * backpressure, so memory stays flat when the reader is slow), progress and
 * per-file problems to stderr; the exit code is non-zero when any file could
 * not be read.
 */
import type { Command } from "commander";
import { z } from "zod";
import { defaultWorkerCount, extractFormattedParallel, type FormatterRef } from "../../../ingest/parallel.ts";
import { UsageError } from "../../errors.ts";
import type { FileProblem } from "../../types.ts";
import { Progress } from "../progress.ts";

const WORKERS_MESSAGE = "--workers must be a whole number from 0 to 64";
const WorkersSchema = z.coerce.number({ error: WORKERS_MESSAGE }).int(WORKERS_MESSAGE).min(0, WORKERS_MESSAGE).max(64, WORKERS_MESSAGE);

const OptionsSchema = z.object({
  format: z.enum(["jsonl", "pretty"], { error: "--format must be jsonl or pretty" }),
  workers: WorkersSchema,
});

/** The --workers option of commands that extract (kg extract, kg ingest). */
export function parseWorkers(raw: unknown): number {
  const parsed = WorkersSchema.safeParse(raw ?? defaultWorkerCount());
  if (!parsed.success) throw new UsageError(WORKERS_MESSAGE);
  return parsed.data;
}

export interface ExtractRunOptions {
  format: "jsonl" | "pretty";
  /** Worker threads (0 = in this thread). Default: one per core. */
  workers?: number;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities and relations (with evidence) from report files or folders")
    .argument("<paths...>", "files or folders (searched recursively)")
    .option("-f, --format <format>", "jsonl (one report per line) or pretty", "jsonl")
    .option("-w, --workers <n>", "worker threads extracting in parallel (0 = in this thread)", String(defaultWorkerCount()))
    .action(async (paths: string[], rawOptions: unknown) => {
      const parsed = OptionsSchema.safeParse(rawOptions);
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join("; "));
      const problems = await runExtract(paths, parsed.data);
      if (problems.length > 0) process.exitCode = 1;
    });
}

export async function runExtract(paths: string[], { format, workers }: ExtractRunOptions): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  const progress = new Progress(process.stderr);
  const formatter: FormatterRef = { module: new URL("../format-extraction.ts", import.meta.url).href, name: format };
  const sizes = new Map<string, number>();
  for await (const file of extractFormattedParallel(paths, formatter, {
    workers,
    onStart: (files) => {
      for (const file of files) sizes.set(file.source, file.bytes);
      progress.start(files.length, files.reduce((sum, file) => sum + file.bytes, 0));
    },
    onProblem: (problem) => {
      problems.push(problem);
      progress.advance(0, sizes.get(problem.source) ?? 0);
      progress.log(`kg: skipped ${problem.source}: ${problem.reason}`);
    },
    onFile: (source, characters) => progress.advance(characters, sizes.get(source)),
  })) {
    await writeOut(file.text);
  }
  progress.done();
  if (problems.length > 0) progress.log(`kg: ${problems.length} file(s) could not be read`);
  return problems;
}

/** Writes to stdout and waits when its buffer is full (a slow pipe reader). */
async function writeOut(text: string): Promise<void> {
  if (process.stdout.write(text)) return;
  await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
}
