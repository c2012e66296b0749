/**
 * Ingesting files
 * ===============
 *
 * Extract + load (`kg ingest`), leaving out the files the graph already holds
 * as they are. Once a load has taken in the whole of a file, its reports carry
 * the file's key (ingest/file-keys.ts: its bytes and the extractor's code). A
 * file whose reports all carry its current key is neither read nor extracted
 * again: re-ingesting an unchanged corpus costs a hash of its files instead of
 * an extraction. Every other file goes through the extraction and the
 * loader's checks (src/neo4j/load.ts) as before.
 */
import path from "node:path";
import neo4j from "neo4j-driver";
import { fileKeys } from "../../ingest/file-keys.ts";
import { extractPathsParallel } from "../../ingest/parallel.ts";
import { listInputFiles } from "../../ingest/read.ts";
import type { FileProblem } from "../types.ts";
import { loadCypher } from "./cypher-files.ts";
import { databaseOption, type Graph } from "./driver.ts";
import { loadReports, type LoadOptions, type LoadStats } from "./load.ts";
import { cypherParams } from "./params.ts";

export interface IngestOptions extends Omit<LoadOptions, "fileKeys" | "heldFiles"> {
  /** Worker threads extracting in parallel (0: in this thread; default: one per core). */
  workers?: number;
  /** A file that could not be read or extracted; the others still load. */
  onFileProblem?: (problem: FileProblem) => void;
}

/** Files asked about per query. */
const FILES_PER_QUERY = 10_000;

export async function ingestPaths(graph: Graph, paths: string[], options: IngestOptions = {}): Promise<LoadStats> {
  const { workers, onFileProblem, ...loadOptions } = options;
  // stored sources are absolute: the graph outlives the folder the command ran in
  const sources = await listInputFiles(paths.map((given) => path.resolve(given)));
  const keys = await fileKeys(sources);
  const held = options.force ? new Set<string>() : await heldFiles(graph, keys);
  const reports = extractPathsParallel(
    sources.filter((source) => !held.has(source)),
    { workers, onProblem: onFileProblem },
  );
  return loadReports(graph, reports, { ...loadOptions, fileKeys: keys, heldFiles: held });
}

/** The files (of `keys`: source -> key as the file is now) whose every report in the graph carries that key. */
export async function heldFiles(graph: Graph, keys: ReadonlyMap<string, string>): Promise<Set<string>> {
  const files = [...keys].map(([source, key]) => ({ source, key }));
  const held = new Set<string>();
  for (let at = 0; at < files.length; at += FILES_PER_QUERY) {
    const result = await graph.driver.executeQuery(
      loadCypher("load/held-files"),
      cypherParams({ files: files.slice(at, at + FILES_PER_QUERY) }),
      { routing: neo4j.routing.READ, ...databaseOption(graph) },
    );
    for (const record of result.records) held.add(record.get("source") as string);
  }
  return held;
}
