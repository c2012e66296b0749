import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { extractPathsParallel } from "../../ingest/parallel.ts";
import { extractPaths } from "../../ingest/pipeline.ts";
import { workerModules } from "../../ingest/worker-bundle.ts";
import { FORMATTERS } from "../../src/cli/format-extraction.ts";
import type { ReportExtraction } from "../../src/types.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

const FORMATTER_MODULE = new URL("../../src/cli/format-extraction.ts", import.meta.url).href;
const SLOW = 120_000;

async function all(reports: AsyncIterable<ReportExtraction>): Promise<string[]> {
  const lines: string[] = [];
  for await (const report of reports) lines.push(FORMATTERS.jsonl(report));
  return lines;
}

describe("worker-bundle", () => {
  afterEach(() => {
    delete process.env.KG_WORKER_BUNDLE;
  });

  it("should bundle the worker and the formatter module into plain ESM the workers import without tsx", async () => {
    const modules = await workerModules([FORMATTER_MODULE]);
    expect(modules.needsTsx).toBe(false);
    expect(modules.entry).toMatch(/\.mjs$/);
    const bundledFormatter = modules.modules.get(FORMATTER_MODULE)!;
    expect(bundledFormatter).toMatch(/\.mjs$/);
    const report = (await all(extractPaths([path.join(CORPUS_DIR, fs.readdirSync(CORPUS_DIR).find((name) => name.endsWith(".txt"))!)])))[0]!;
    const { FORMATTERS: bundled } = (await import(bundledFormatter)) as { FORMATTERS: typeof FORMATTERS };
    expect(bundled.jsonl(JSON.parse(report))).toBe(report);
  }, SLOW);

  it("should reuse the bundle while its sources are unchanged", async () => {
    const first = await workerModules([]);
    const written = fs.statSync(fileURLToPath(first.entry)).mtimeMs;
    const second = await workerModules([]);
    expect(second.entry).toBe(first.entry);
    expect(fs.statSync(fileURLToPath(second.entry)).mtimeMs).toBe(written);
  }, SLOW);

  it("should give the plain pipeline's reports when the workers load the sources through tsx (KG_WORKER_BUNDLE=0)", async () => {
    process.env.KG_WORKER_BUNDLE = "0";
    expect((await workerModules([FORMATTER_MODULE])).needsTsx).toBe(true);
    const plain = await all(extractPaths([CORPUS_DIR]));
    const parallel = await all(extractPathsParallel([CORPUS_DIR], { workers: 2 }));
    expect(parallel).toEqual(plain);
  }, SLOW);
});
