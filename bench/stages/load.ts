/**
 * Stage: loading into Neo4j through Bolt
 * ======================================
 *
 * Per corpus size, on the benchmark's own Neo4j (lib/bench-neo4j.ts): a
 * first load of the extraction output into an empty graph, then a re-load
 * of the same, unchanged output, then `kg ingest` of the corpus twice: the
 * first gives the files their keys (reading them all), the second is timed,
 * as a user re-running the same ingest. Relationships/s of the first load are
 * compared to bare relationship writes on the same server; the re-load time
 * to the first load's; extraction + first load of the largest corpus to the
 * 10-minute target. Peak RSS of the loader process and of the server.
 */
import fs from "node:fs";
import type { LocalNeo4j } from "../../src/neo4j/local-server.ts";
import { benchConnection, benchNeo4j, connectionArgs, forgetLoaded, loadedSize, markLoaded } from "../lib/bench-neo4j.ts";
import { BenchContext, sizeLabel } from "../lib/context.ts";
import { runProbe } from "../lib/probe.ts";
import { peakRssBytes } from "../lib/rss.ts";
import type { Figure } from "../lib/table.ts";
import type { CeilingProbeResult } from "../probes/neo4j-ceiling.ts";
import type { ExtractProbeResult } from "../probes/extract.ts";
import type { IngestProbeResult } from "../probes/ingest.ts";
import type { LoadProbeResult } from "../probes/load.ts";

const MB = 1e6;
const TEN_MINUTES = 600;

export async function loadStage(context: BenchContext): Promise<Figure[]> {
  const server = await startBenchNeo4j(context);
  const connection = connectionArgs(benchConnection(server));
  const figures: Figure[] = [];
  for (const size of context.options.sizes) {
    const label = sizeLabel(size);
    const jsonl = await ensureExtraction(context, size);
    context.log(`load ${label}: first load`);
    const first = await loadInto(context, server, size, jsonl);
    context.log(`load ${label}: re-load of the unchanged extraction`);
    context.loadSeconds.set(size, first.seconds);
    const again = await runProbe<LoadProbeResult>("load", ["--jsonl", jsonl, ...connection]);
    const reingest = await ingestTwice(context, size, connection);
    const relationships = first.counts.relationships;
    context.log(`load ${label}: bare relationship writes (${relationships})`);
    const ceiling = await runProbe<CeilingProbeResult>("neo4j-ceiling", ["--count", String(relationships), ...connection]);
    const rate = relationships / first.seconds;
    /** Loading again what the graph holds: a share of the first load's time. */
    const repeated = (metric: string, seconds: number, note: string): Figure => ({
      stage: "load",
      size: label,
      metric,
      value: seconds,
      unit: "s",
      ceiling: { label: "first load", value: first.seconds },
      target: { text: "< 0.10 of first load", met: seconds < 0.1 * first.seconds },
      note,
    });
    figures.push(
      {
        stage: "load",
        size: label,
        metric: "first load, relationships/s",
        value: rate,
        unit: "rel/s",
        ceiling: { label: "bare CREATE", value: ceiling.relationships / ceiling.seconds },
        note: `${first.seconds.toFixed(1)} s; ${first.counts.nodes} nodes, ${relationships} relationships, ${first.stats.transactions} transactions`,
      },
      repeated("re-load unchanged, time", again.seconds, `${again.stats.unchanged} unchanged, ${again.stats.written} written`),
      repeated(
        "re-ingest unchanged files, time",
        reingest.seconds,
        `kg ingest: ${reingest.stats.heldFiles} files not read again, ${reingest.stats.written} reports written`,
      ),
      {
        stage: "load",
        size: label,
        metric: "loader peak RSS",
        value: (Math.max(first.peakRssBytes ?? 0, again.peakRssBytes ?? 0) || NaN) / MB,
        unit: "MB",
      },
    );
    const extractSeconds = context.extractSeconds.get(size);
    if (extractSeconds !== undefined && size === Math.max(...context.options.sizes)) {
      const total = extractSeconds + first.seconds;
      figures.push({
        stage: "load",
        size: label,
        metric: "extract (all cores) + first load",
        value: total,
        unit: "s",
        ceiling: { label: "target", value: TEN_MINUTES },
        target: { text: size >= 10_000 ? "< 600 s at 10,000 reports" : "(target is for 10,000 reports)", met: total < TEN_MINUTES },
        note: `extract ${extractSeconds.toFixed(0)} s + load ${first.seconds.toFixed(0)} s`,
      });
    }
  }
  const pid = server.runningPid();
  if (pid) figures.push({ stage: "load", size: "all sizes", metric: "Neo4j server peak RSS", value: (peakRssBytes(pid) ?? NaN) / MB, unit: "MB", note: `heap ${server.settings.heap}, page cache ${server.settings.pageCache}` });
  return figures;
}

/** `kg ingest` of the corpus: once to give its files their keys, then again, unchanged (returned). */
async function ingestTwice(context: BenchContext, size: number, connection: string[]): Promise<IngestProbeResult> {
  const args = ["--dir", context.corpusDir(size), "--workers", String(context.options.workers), ...connection];
  context.log(`load ${sizeLabel(size)}: kg ingest of the corpus (reads every file once)`);
  await runProbe<IngestProbeResult>("ingest", args, { onLog: context.log });
  context.log(`load ${sizeLabel(size)}: kg ingest of the unchanged corpus again`);
  return runProbe<IngestProbeResult>("ingest", args, { onLog: context.log });
}

/** The extraction output of a size: the extract stage's, or made now. */
export async function ensureExtraction(context: BenchContext, size: number): Promise<string> {
  const jsonl = context.jsonlPath(size);
  if (fs.existsSync(jsonl)) return jsonl;
  context.corpus(size);
  context.log(`extracting ${sizeLabel(size)} for loading`);
  const result = await runProbe<ExtractProbeResult>("extract", ["--dir", context.corpusDir(size), "--workers", String(context.options.workers), "--out", jsonl]);
  context.extractSeconds.set(size, result.seconds);
  return jsonl;
}

/** Empties the bench graph and loads one extraction into it (a first load). */
export async function loadInto(context: BenchContext, server: LocalNeo4j, size: number, jsonl: string): Promise<LoadProbeResult> {
  forgetLoaded(server);
  context.loadedSize = null;
  const result = await runProbe<LoadProbeResult>("load", ["--jsonl", jsonl, ...connectionArgs(benchConnection(server)), "--wipe"], { onLog: context.log });
  markLoaded(server, jsonl, size);
  context.loadedSize = size;
  return result;
}

/** Starts the bench Neo4j unless it runs; a server this run started is stopped at the end. */
export async function startBenchNeo4j(context: BenchContext): Promise<LocalNeo4j> {
  const server = benchNeo4j();
  context.loadedSize ??= loadedSize(server, (size) => context.jsonlPath(size));
  if (server.status().running) return server;
  context.log(`starting the bench Neo4j (${server.home})`);
  await server.start((line) => context.log(line));
  context.atFinish("bench-neo4j", async () => {
    await server.stop((line) => context.log(line));
  });
  return server;
}
