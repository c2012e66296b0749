/**
 * Re-ingesting a corpus that moved: the same files ingested from another
 * folder (a copy, a mounted volume) keep their reports, now with the new
 * path as source; an edited file then replaces its changed report; a graph
 * loaded when report ids still hung on the absolute path converges. Each
 * time every report must be in the graph once, as a fresh load of the files
 * where they now are makes it.
 * Works on copies of two files of /work/shared/corpus (eleven reports),
 * through `kg ingest`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { extractPaths } from "../../ingest/pipeline.ts";
import { wipeGraph } from "../../src/neo4j/admin.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { loadReports } from "../../src/neo4j/load.ts";
import { runReadQuery } from "../../src/neo4j/read.ts";
import { shortHash } from "../../src/ids.ts";
import type { ReportExtraction } from "../../src/types.ts";
import { copyInto, corpusFile } from "../helpers/corpus.ts";
import { kg } from "./kg-cli.ts";
import { openTestGraph } from "./neo4j-context.ts";
import { snapshot, type GraphSnapshot } from "./graph-snapshot.ts";

const FILES = [corpusFile("001_"), corpusFile("002_")];
/** A sentence of the 闻喜县 report (in 001_…), and the edit made to it. */
const SENTENCE = "全力实施“1146”发展战略";
const EDITED = "全力实施“1147”发展战略";

let graph: Graph;
let root: string;
let first: string;
let second: string;

async function ingest(dir: string): Promise<string> {
  const result = await kg(["ingest", dir]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

/** The graph a fresh load of the folder gives (the graph is wiped first). */
async function freshLoad(dir: string): Promise<GraphSnapshot> {
  await wipeGraph(graph);
  await ingest(dir);
  return snapshot(graph);
}

async function sources(): Promise<string[]> {
  const result = await runReadQuery(graph, "MATCH (r:Report) RETURN r.source AS source ORDER BY source");
  return result.rows.map((row) => String(row.source));
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return Number((await runReadQuery(graph, cypher, params)).rows[0]!.n);
}

/** Report ids as they were made before: absolute path of the file and position in it. */
function withPathIds(report: ReportExtraction): ReportExtraction {
  const id = `report:${shortHash(`${path.resolve(report.source)}#${report.index}`)}`;
  const relations = report.relations.map((relation) => (relation.type === "MENTIONS" ? { ...relation, source: id } : relation));
  return { ...report, id, relations };
}

describe("re-ingesting a corpus from another folder", () => {
  beforeAll(async () => {
    graph = await openTestGraph();
    root = fs.mkdtempSync(path.join(os.tmpdir(), "kg-moves-"));
    first = path.join(root, "first", "corpus");
    second = path.join(root, "mnt", "volume", "corpus");
  });
  beforeEach(async () => {
    for (const dir of [first, second]) copyInto(dir, FILES);
    await wipeGraph(graph);
  });
  afterAll(async () => {
    await graph.driver.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("should keep every report once, its facts untouched and its source now in the new folder", async () => {
    await ingest(first);
    const before = await snapshot(graph);
    expect(before.counts.reports).toBe(11);
    expect((await sources()).every((source) => source.startsWith(first + path.sep))).toBe(true);

    const moved = await ingest(second);
    expect(moved).toMatch(/: 0 written \(0 replaced\), 0 unchanged; 11 unchanged but moved \(source and index updated\); 0 facts, 0 mentions;/);
    const after = await snapshot(graph);
    expect(after.counts).toEqual(before.counts);
    expect([...after.reports.keys()].sort()).toEqual([...before.reports.keys()].sort());
    expect((await sources()).every((source) => source.startsWith(second + path.sep))).toBe(true);

    expect(await ingest(second)).toMatch(/: 0 written \(0 replaced\), 11 unchanged; 2 files unchanged since loaded, not read again; 0 facts, 0 mentions; 0 transactions/);
    expect(after.digest).toBe((await freshLoad(second)).digest);
  });

  it("should then replace an edited report by its new text, with no duplicates", async () => {
    await ingest(first);
    await ingest(second);
    const counts = (await snapshot(graph)).counts;
    const file = path.join(second, path.basename(FILES[0]!));
    const text = fs.readFileSync(file, "utf8");
    expect(text.split(SENTENCE)).toHaveLength(2);
    fs.writeFileSync(file, text.replace(SENTENCE, EDITED));

    expect(await ingest(second)).toMatch(/: 1 written \(0 replaced\), 10 unchanged; 1 file unchanged since loaded, not read again; 1 no longer in their file deleted;/);
    expect((await snapshot(graph)).counts.reports).toBe(counts.reports);
    expect(await count("MATCH (r:Report) WHERE r.text CONTAINS $edited RETURN count(r) AS n", { edited: EDITED })).toBe(1);
    expect(await count("MATCH (r:Report) WHERE r.text CONTAINS $old RETURN count(r) AS n", { old: SENTENCE })).toBe(0);
    const quoting = "MATCH ()-[f]->() WHERE any(s IN f.evidenceText WHERE s CONTAINS $phrase) RETURN count(f) AS n";
    expect(await count(quoting, { phrase: SENTENCE })).toBe(0);
    expect(await count(quoting, { phrase: EDITED })).toBeGreaterThan(0);
    // The whole graph as a fresh load makes it: entity names and props come from the smallest report id, whatever order reports came in.
    const incremental = await snapshot(graph);
    const fresh = await freshLoad(second);
    expect(incremental.counts).toEqual(fresh.counts);
    expect(incremental.reports).toEqual(fresh.reports);
    expect(incremental.digest).toBe(fresh.digest);
  });

  it("should replace an edited report whichever spelling of the folder its reports were loaded from", async () => {
    // loaded as `kg load` of `kg extract ../corpus` output keeps them: with the relative path
    const relative = path.relative(process.cwd(), first);
    const extracted: ReportExtraction[] = [];
    for await (const report of extractPaths([relative])) extracted.push(report);
    expect(extracted.every((report) => !path.isAbsolute(report.source))).toBe(true);
    await loadReports(graph, extracted);
    const file = path.join(first, path.basename(FILES[0]!));
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(SENTENCE, EDITED));

    expect(await ingest(first)).toMatch(/: 1 written \(0 replaced\), 0 unchanged; 10 unchanged but moved \(source and index updated\); 1 no longer in their file deleted;/);
    expect((await snapshot(graph)).counts.reports).toBe(11);
    expect(await count("MATCH (r:Report) WHERE r.text CONTAINS $old RETURN count(r) AS n", { old: SENTENCE })).toBe(0);
    expect((await sources()).every((source) => source.startsWith(first + path.sep))).toBe(true);
  });

  it("should replace the reports of a graph loaded with path-based ids when the same files are ingested again", async () => {
    const extracted: ReportExtraction[] = [];
    for await (const report of extractPaths([first])) extracted.push(report);
    await loadReports(graph, extracted.map(withPathIds));
    const old = await snapshot(graph);
    expect(old.counts.reports).toBe(11);
    expect([...old.reports.keys()].some((id) => extracted.some((report) => report.id === id))).toBe(false);

    expect(await ingest(first)).toMatch(/: 11 written \(0 replaced\), 0 unchanged; 11 no longer in their file deleted;/);
    const converged = await snapshot(graph);
    expect(converged.counts).toEqual(old.counts);
    expect([...converged.reports.keys()].sort()).toEqual(extracted.map((report) => report.id).sort());
    expect(converged.digest).toBe((await freshLoad(first)).digest);
  });
});
