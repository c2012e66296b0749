/**
 * bench/generate.ts
 * =================
 *
 * `node bin/run-ts.js bench/generate.ts [--reports N] [--seed S] [--out DIR] [--force]`
 * writes a synthetic corpus (default: 1,000 reports, seed 1, into
 * bench/out/corpus-N, which git ignores). See bench/corpus/generate-corpus.ts.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { generateCorpus } from "./corpus/generate-corpus.ts";

export const BENCH_OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "out");

export function corpusDir(reports: number, seed: number): string {
  return path.join(BENCH_OUT, seed === 1 ? `corpus-${reports}` : `corpus-${reports}-seed${seed}`);
}

const Options = z.object({
  reports: z.coerce.number().int().min(1).max(1_000_000),
  seed: z.coerce.number().int().min(0),
  out: z.string().optional(),
  force: z.boolean(),
});

function main(): void {
  const { values } = parseArgs({
    options: {
      reports: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      force: { type: "boolean", default: false },
    },
  });
  const parsed = Options.safeParse(values);
  if (!parsed.success) {
    console.error(`generate: ${parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    process.exit(2);
  }
  const { reports, seed, out, force } = parsed.data;
  const outDir = path.resolve(out ?? corpusDir(reports, seed));
  const started = performance.now();
  const manifest = generateCorpus({ reports, seed, outDir, force });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${outDir}: ${manifest.reports} reports in ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB (${seconds.toFixed(1)} s)`);
  for (const [kind, stats] of Object.entries(manifest.kinds)) {
    console.log(`  ${kind.padEnd(13)} ${String(stats.files).padStart(6)} files ${String(stats.reports).padStart(6)} reports ${(stats.bytes / 1e6).toFixed(1).padStart(7)} MB`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
