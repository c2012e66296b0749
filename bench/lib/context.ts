/**
 * Benchmark run context
 * =====================
 *
 * What the stages share: the options of the run, where corpora and
 * intermediate files live (bench/out, git-ignored), a log for progress
 * lines, and facts one stage leaves for another (the extraction time of a
 * size, which the load stage adds to its own for the end-to-end figure).
 */
import path from "node:path";
import { generateCorpus, type CorpusManifest } from "../corpus/generate-corpus.ts";
import { REPO_ROOT } from "./probe.ts";

export const BENCH_OUT = path.join(REPO_ROOT, "bench", "out");

export interface RunOptions {
  sizes: number[];
  seed: number;
  /** Worker threads of the multi-core extraction run. */
  workers: number;
  /** Explorer graph sizes (nodes). */
  nodeSizes: number[];
  /** API requests per endpoint and size. */
  requests: number;
  /** Runs of each extraction measurement; the fastest counts. */
  repeat: number;
}

export class BenchContext {
  /** Extraction seconds on all cores, by corpus size (set by the extract stage). */
  readonly extractSeconds = new Map<number, number>();
  /** The corpus size whose graph the bench Neo4j holds, when known. */
  loadedSize: number | null = null;
  /** First Bolt load seconds, by corpus size (set by the load stage). */
  readonly loadSeconds = new Map<number, number>();
  /** Run once after all stages (e.g. stop a server a stage started). */
  private readonly finishers = new Map<string, () => Promise<void>>();

  constructor(
    readonly options: RunOptions,
    readonly log: (line: string) => void,
  ) {}

  corpusDir(size: number): string {
    return path.join(BENCH_OUT, this.options.seed === 1 ? `corpus-${size}` : `corpus-${size}-seed${this.options.seed}`);
  }

  /** `kg extract` output of a corpus (written by the extract stage, read by the loading stages). */
  jsonlPath(size: number): string {
    return path.join(BENCH_OUT, `extract-${size}-seed${this.options.seed}.jsonl`);
  }

  /** Registers `work` to run after the last stage (once per key). */
  atFinish(key: string, work: () => Promise<void>): void {
    if (!this.finishers.has(key)) this.finishers.set(key, work);
  }

  async finish(): Promise<void> {
    for (const [key, work] of this.finishers) {
      try {
        await work();
      } catch (error) {
        this.log(`cleanup ${key} failed: ${(error as Error).message}`);
      }
    }
  }

  /** Generates the corpus of that size unless it is there already. */
  corpus(size: number): CorpusManifest {
    const started = performance.now();
    const manifest = generateCorpus({ reports: size, seed: this.options.seed, outDir: this.corpusDir(size) });
    const seconds = (performance.now() - started) / 1000;
    if (seconds > 1) this.log(`generated ${size} reports (${(manifest.bytes / 1e6).toFixed(0)} MB) in ${seconds.toFixed(0)} s`);
    return manifest;
  }
}

export function sizeLabel(size: number, unit = "reports"): string {
  return `${size.toLocaleString("en-US")} ${unit}`;
}
