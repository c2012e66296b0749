import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFormattedParallel, extractPathsParallel } from "../../ingest/parallel.ts";
import { extractPaths } from "../../ingest/pipeline.ts";
import type { FileProblem, ReportExtraction } from "../../src/types.ts";
import { FORMATTERS } from "../../src/cli/format-extraction.ts";
import { writePdf } from "../../bench/corpus/pdf-writer.ts";
import { CORPUS_DIR, corpusFile } from "../helpers/corpus.ts";

interface Run {
  reports: ReportExtraction[];
  /** onFile and onProblem calls, in the order they came. */
  events: string[];
}

async function collect(reports: AsyncIterable<ReportExtraction>, events: string[]): Promise<Run> {
  const out: ReportExtraction[] = [];
  for await (const report of reports) {
    events.push(`report ${path.basename(report.source)}#${report.index}`);
    out.push(report);
  }
  return { reports: out, events };
}

function callbacks(events: string[]) {
  return {
    onFile: (source: string, characters: number) => events.push(`file ${path.basename(source)} ${characters}`),
    onProblem: (problem: FileProblem) => events.push(`problem ${path.basename(problem.source)}: ${problem.reason}`),
  };
}

async function plainRun(paths: string[]): Promise<Run> {
  const events: string[] = [];
  return collect(extractPaths(paths, callbacks(events)), events);
}

async function parallelRun(paths: string[], workers: number, window?: number): Promise<Run> {
  const events: string[] = [];
  return collect(extractPathsParallel(paths, { workers, window, ...callbacks(events) }), events);
}

/** One line per report (source, index, digest of its JSON), so a failure shows which report differs. */
function digests(reports: readonly ReportExtraction[]): string[] {
  return reports.map((report) => `${path.basename(report.source)}#${report.index} ${createHash("sha1").update(JSON.stringify(report)).digest("hex")}`);
}

const SLOW = 120_000;

/** The sample corpus twice over plus files that cannot be read, in a folder of their own. */
let mixedDir: string;

beforeAll(() => {
  mixedDir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-parallel-"));
  const corpus = fs.readdirSync(CORPUS_DIR).filter((name) => name.endsWith(".txt"));
  for (const name of corpus) {
    fs.copyFileSync(path.join(CORPUS_DIR, name), path.join(mixedDir, `a-${name}`));
    fs.copyFileSync(path.join(CORPUS_DIR, name), path.join(mixedDir, `c-${name}`));
  }
  fs.writeFileSync(path.join(mixedDir, "b-empty.txt"), "");
  fs.writeFileSync(path.join(mixedDir, "b-not-a.pdf"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  // The PDF-derived report of the corpus as a real PDF (read by the worker that preloads pdfjs).
  const pdfLines = fs.readFileSync(corpusFile("003"), "utf8").split("\n").filter((line) => line.trim() !== "");
  fs.writeFileSync(path.join(mixedDir, "d-report.pdf"), writePdf(pdfLines));
});

afterAll(() => {
  fs.rmSync(mixedDir, { recursive: true, force: true });
});

describe("parallel", () => {
  it("should give the sample corpus's reports exactly as the plain pipeline does, in the same order", async () => {
    const plain = await plainRun([CORPUS_DIR]);
    const parallel = await parallelRun([CORPUS_DIR], 2);
    expect(plain.reports.length).toBeGreaterThanOrEqual(14);
    expect(digests(parallel.reports)).toEqual(digests(plain.reports));
    expect(parallel.events).toEqual(plain.events);
  }, SLOW);

  it("should report unreadable files at their place in the file order, and go on with the others", async () => {
    const plain = await plainRun([mixedDir]);
    const parallel = await parallelRun([mixedDir], 2, 3);
    const problems = parallel.events.filter((event) => event.startsWith("problem"));
    expect(problems).toHaveLength(2);
    expect(parallel.events).toContainEqual(expect.stringMatching(/^report d-report\.pdf#0$/));
    expect(problems[0]).toMatch(/^problem b-empty\.txt: /);
    expect(parallel.events).toEqual(plain.events);
    expect(digests(parallel.reports)).toEqual(digests(plain.reports));
  }, SLOW);

  it("should give the same output with more workers than files and with a window of one file", async () => {
    const plain = await plainRun([CORPUS_DIR]);
    const manyWorkers = await parallelRun([CORPUS_DIR], 8);
    const narrow = await parallelRun([CORPUS_DIR], 2, 1);
    expect(digests(manyWorkers.reports)).toEqual(digests(plain.reports));
    expect(digests(narrow.reports)).toEqual(digests(plain.reports));
  }, SLOW);

  it("should give the plain pipeline's output with one worker thread and in the calling thread (0 workers)", async () => {
    const plain = await plainRun([CORPUS_DIR]);
    const single = await parallelRun([CORPUS_DIR], 1);
    const inThread = await parallelRun([CORPUS_DIR], 0);
    expect(digests(single.reports)).toEqual(digests(plain.reports));
    expect(digests(inThread.reports)).toEqual(digests(plain.reports));
  }, SLOW);

  it("should replace a worker that runs out of heap and still give every report", async () => {
    const plain = await plainRun([CORPUS_DIR]);
    const events: string[] = [];
    const starved = await collect(extractPathsParallel([CORPUS_DIR], { workers: 2, workerHeapMb: 24, ...callbacks(events) }), events);
    expect(digests(starved.reports)).toEqual(digests(plain.reports));
  }, SLOW);

  it.each([["jsonl"], ["pretty"]] as const)("should give the %s text of the plain pipeline when the workers format, in the same order", async (format) => {
    const plain = await plainRun([mixedDir]);
    const expected = plain.reports.map(FORMATTERS[format]).join("");
    const formatter = { module: new URL("../../src/cli/format-extraction.ts", import.meta.url).href, name: format };
    for (const workers of [0, 2]) {
      const events: string[] = [];
      let text = "";
      let reports = 0;
      for await (const file of extractFormattedParallel([mixedDir], formatter, { workers, window: 3, ...callbacks(events) })) {
        text += file.text;
        reports += file.reports;
      }
      expect(text).toBe(expected);
      expect(reports).toBe(plain.reports.length);
      expect(events).toEqual(plain.events.filter((event) => !event.startsWith("report")));
    }
  }, SLOW);

  it("should list every input with its size before extracting", async () => {
    let listed: Array<{ source: string; bytes: number }> = [];
    const run = extractPathsParallel([mixedDir], { workers: 2, onStart: (files) => (listed = [...files]) });
    await run.next();
    await run.return(undefined);
    expect(listed.map((file) => path.basename(file.source))).toEqual(fs.readdirSync(mixedDir).sort());
    expect(listed.find((file) => file.source.endsWith("b-empty.txt"))?.bytes).toBe(0);
    expect(listed.find((file) => file.source.endsWith("a-001_330ca93b427a2047.txt"))?.bytes).toBe(
      fs.statSync(path.join(CORPUS_DIR, "001_330ca93b427a2047.txt")).size,
    );
  }, SLOW);

  it("should stop its workers when the consumer stops early", async () => {
    const reports = extractPathsParallel([mixedDir], { workers: 2 });
    const first = await reports.next();
    expect(first.done).toBe(false);
    const closed = await reports.return(undefined);
    expect(closed.done).toBe(true);
    // A generator whose pool is closed yields nothing more.
    expect((await reports.next()).done).toBe(true);
  }, SLOW);
});
