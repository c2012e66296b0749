/**
 * Probe: extraction throughput
 * ============================
 *
 * `extract.ts --dir DIR --workers N [--out FILE.jsonl]`: runs the extraction
 * pipeline over DIR as `kg extract --format jsonl` does (worker startup, JSON
 * serialisation in the workers and writing included; output to FILE or nowhere) and reports the wall
 * time, files, reports, a digest of the output and this process's peak RSS
 * (workers included).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { extractFormattedParallel } from "../../ingest/parallel.ts";
import { emit } from "../lib/probe.ts";
import { peakRssBytes } from "../lib/rss.ts";

export interface ExtractProbeResult {
  seconds: number;
  files: number;
  problems: number;
  reports: number;
  characters: number;
  peakRssBytes: number | null;
  /** sha1 of the JSONL output, to check that runs agree. */
  digest: string;
}

const { values } = parseArgs({ options: { dir: { type: "string" }, workers: { type: "string", default: "1" }, out: { type: "string" } } });
const out = values.out ? fs.createWriteStream(values.out) : null;
const started = performance.now();
let lastLog = started;
const result: ExtractProbeResult = { seconds: 0, files: 0, problems: 0, reports: 0, characters: 0, peakRssBytes: null, digest: "" };
const digest = createHash("sha1");
const jsonl = { module: new URL("../../src/cli/format-extraction.ts", import.meta.url).href, name: "jsonl" };
for await (const file of extractFormattedParallel([values.dir!], jsonl, {
  workers: Number(values.workers),
  onFile: (_source, characters) => {
    result.files++;
    result.characters += characters;
    const now = performance.now();
    if (now - lastLog > 30_000) {
      lastLog = now;
      process.stderr.write(`extracted ${result.files} files (${result.reports} reports) in ${((now - started) / 1000).toFixed(0)} s\n`);
    }
  },
  onProblem: () => result.problems++,
})) {
  result.reports += file.reports;
  digest.update(file.text);
  if (out && !out.write(file.text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}
if (out) await new Promise<void>((resolve) => out.end(() => resolve()));
result.seconds = (performance.now() - started) / 1000;
result.peakRssBytes = peakRssBytes();
result.digest = digest.digest("hex");
emit(result);
