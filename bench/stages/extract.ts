/**
 * Stage: extraction
 * =================
 *
 * Per corpus size: raw nodejieba `cut` over the same text (the ceiling),
 * extraction on one core (one thread, pinned), extraction on all cores
 * (worker pool; its JSONL output is kept for the loading stages), and the
 * peak RSS of the multi-core run. MB are UTF-8 megabytes of the decoded
 * input text (what both `cut` and the extractor read). With `--repeat N`
 * each figure is the fastest of N runs (the machine may be shared).
 */
import { BenchContext, sizeLabel } from "../lib/context.ts";
import { hasTaskset } from "../lib/pin.ts";
import { runProbe } from "../lib/probe.ts";
import type { Figure } from "../lib/table.ts";
import type { CutProbeResult } from "../probes/cut.ts";
import type { ExtractProbeResult } from "../probes/extract.ts";

const MB = 1e6;

/** The fastest of `--repeat` runs: other load on the machine only ever slows a run down. */
async function fastest<T extends { seconds: number }>(context: BenchContext, run: () => Promise<T>): Promise<T> {
  let best: T | null = null;
  for (let i = 0; i < context.options.repeat; i++) {
    const result = await run();
    if (!best || result.seconds < best.seconds) best = result;
  }
  return best!;
}

export async function extractStage(context: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  const pinned = hasTaskset();
  const oneCore = pinned ? { cpus: "0" } : {};
  for (const size of context.options.sizes) {
    const manifest = context.corpus(size);
    const dir = context.corpusDir(size);
    const label = sizeLabel(size);
    context.log(`extract ${label}: raw cut`);
    const cut = await fastest(context, () => runProbe<CutProbeResult>("cut", ["--dir", dir], oneCore));
    const textMb = cut.textBytes / MB;
    const cutRate = textMb / cut.seconds;
    context.log(`extract ${label}: 1 thread (${textMb.toFixed(0)} MB of text in ${manifest.files} files)`);
    const single = await fastest(context, () => runProbe<ExtractProbeResult>("extract", ["--dir", dir, "--workers", "1"], { ...oneCore, onLog: context.log }));
    const workers = context.options.workers;
    context.log(`extract ${label}: ${workers} workers`);
    const multi = await fastest(context, () =>
      runProbe<ExtractProbeResult>("extract", ["--dir", dir, "--workers", String(workers), "--out", context.jsonlPath(size)], { onLog: context.log }),
    );
    context.extractSeconds.set(size, multi.seconds);
    const singleRate = textMb / single.seconds;
    const multiRate = textMb / multi.seconds;
    /** A part of extraction no extractor can skip, timed on its own over the same text. */
    const partOfExtraction = (metric: string, seconds: number, what: string): Figure => ({
      stage: "extract",
      size: label,
      metric,
      value: textMb / seconds,
      unit: "MB/s",
      ceiling: { label: "raw cut", value: cutRate },
      note: `${seconds.toFixed(1)} s: ${what}`,
    });
    const note = `${single.reports} reports, ${manifest.files} files, ${textMb.toFixed(1)} MB text`;
    figures.push(
      { stage: "extract", size: label, metric: "raw nodejieba cut, 1 core", value: cutRate, unit: "MB/s", note: `${cut.seconds.toFixed(1)} s` },
      partOfExtraction("reading files, 1 core", cut.readSeconds, "decoding, PDF text layers; part of extraction"),
      partOfExtraction("segment (HMM + tags), 1 core", cut.segmentSeconds, "the extractors' tokens, once over the text"),
      {
        stage: "extract",
        size: label,
        metric: `extraction, 1 core${pinned ? "" : " (unpinned)"}`,
        value: singleRate,
        unit: "MB/s",
        ceiling: { label: "raw cut", value: cutRate },
        target: { text: ">= 0.40 of raw cut", met: singleRate >= 0.4 * cutRate },
        note: `${single.seconds.toFixed(1)} s; ${note}`,
      },
      {
        stage: "extract",
        size: label,
        metric: `extraction, ${workers} workers`,
        value: multiRate,
        unit: "MB/s",
        ceiling: { label: "extraction 1 core", value: singleRate },
        target: { text: ">= 1.7x one core", met: multiRate >= 1.7 * singleRate },
        note: `${multi.seconds.toFixed(1)} s; output ${single.digest === multi.digest ? "identical to" : "DIFFERS FROM"} the 1-core run`,
      },
      {
        stage: "extract",
        size: label,
        metric: `peak RSS, ${workers} workers`,
        value: (multi.peakRssBytes ?? NaN) / MB,
        unit: "MB",
        ceiling: { label: "limit", value: 1000 },
        target: { text: "< 1 GB", met: (multi.peakRssBytes ?? Infinity) < 1e9 },
        note: `1 thread: ${((single.peakRssBytes ?? NaN) / MB).toFixed(0)} MB`,
      },
    );
  }
  return figures;
}
