/**
 * Synthetic corpus generator
 * ==========================
 *
 * Writes `reports` synthetic reports into `outDir`, spread over files of
 * the kinds in file-kinds.ts, plus `manifest.json` (what was written, and
 * the parameters, so an unchanged corpus is not regenerated). Seeded and
 * deterministic: the content of report i depends only on the seed and i, and
 * the same parameters give the same bytes. Files are written one at a time
 * (memory stays flat) into folders of FILES_PER_FOLDER.
 */
import fs from "node:fs";
import path from "node:path";
import { FILE_KINDS, pickKind, reportsPerFile } from "./file-kinds.ts";
import { Random } from "./random.ts";
import { makeReport } from "./report.ts";
import { hashOf, World } from "./world.ts";

/** Bump when the output of a given seed changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 3;
const FILES_PER_FOLDER = 500;

export interface CorpusManifest {
  generatorVersion: number;
  seed: number;
  reports: number;
  files: number;
  bytes: number;
  kinds: Record<string, { files: number; reports: number; bytes: number }>;
}

export interface GenerateOptions {
  reports: number;
  seed: number;
  outDir: string;
  /** Rewrite even if the folder holds a corpus of the same parameters. */
  force?: boolean;
}

export function readManifest(outDir: string): CorpusManifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, "manifest.json"), "utf8")) as CorpusManifest;
  } catch {
    return null;
  }
}

/** Generates the corpus unless an identical one is there; returns its manifest. */
export function generateCorpus(options: GenerateOptions): CorpusManifest {
  const existing = readManifest(options.outDir);
  if (!options.force && existing && existing.generatorVersion === GENERATOR_VERSION && existing.seed === options.seed && existing.reports === options.reports) {
    return existing;
  }
  fs.rmSync(options.outDir, { recursive: true, force: true });
  fs.mkdirSync(options.outDir, { recursive: true });
  const world = new World(options.seed, options.reports);
  const layout = new Random(hashOf(`${options.seed}:files`));
  const manifest: CorpusManifest = {
    generatorVersion: GENERATOR_VERSION,
    seed: options.seed,
    reports: options.reports,
    files: 0,
    bytes: 0,
    kinds: Object.fromEntries(FILE_KINDS.map((kind) => [kind.name, { files: 0, reports: 0, bytes: 0 }])),
  };
  for (let next = 0; next < options.reports; ) {
    const kind = pickKind(layout);
    const count = Math.min(reportsPerFile(kind, layout), options.reports - next);
    const reports = [];
    for (let i = 0; i < count; i++, next++) {
      const random = new Random(hashOf(`${options.seed}:report:${next}`));
      reports.push(makeReport(world, random, random.pick(world.counties)));
    }
    const bytes = kind.render(reports, layout.fork(manifest.files));
    const folder = path.join(options.outDir, `part-${String(Math.floor(manifest.files / FILES_PER_FOLDER)).padStart(3, "0")}`);
    if (manifest.files % FILES_PER_FOLDER === 0) fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${String(manifest.files).padStart(6, "0")}-${kind.name}${kind.extension}`), bytes);
    manifest.files++;
    manifest.bytes += bytes.length;
    const stats = manifest.kinds[kind.name]!;
    stats.files++;
    stats.reports += count;
    stats.bytes += bytes.length;
  }
  fs.writeFileSync(path.join(options.outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
