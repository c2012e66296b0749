/**
 * Re-ingesting files the graph holds as they are: `kg ingest` does not read
 * them again (the summary says so), and still ends with the graph a fresh
 * load of the folder makes. A file is read again when it changed, when its
 * reports came from saved extraction output (`kg load`), when the graph lost
 * one of its reports, when its folder moved (once), and with --force.
 * Works on copies of two files of /work/shared/corpus (eleven reports),
 * through `kg ingest`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { wipeGraph } from "../../src/neo4j/admin.ts";
import { loadCypher } from "../../src/neo4j/cypher-files.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { runReadQuery } from "../../src/neo4j/read.ts";
import { copyInto, corpusFile } from "../helpers/corpus.ts";
import { snapshot, type GraphSnapshot } from "./graph-snapshot.ts";
import { kg } from "./kg-cli.ts";
import { openTestGraph } from "./neo4j-context.ts";

const FILES = [corpusFile("001_"), corpusFile("002_")];
/** A sentence of the 闻喜县 report (in 001_…), and the edit made to it. */
const SENTENCE = "全力实施“1146”发展战略";
const EDITED = "全力实施“1147”发展战略";

let graph: Graph;
let root: string;
let dir: string;

async function ingest(...flags: string[]): Promise<string> {
  const result = await kg(["ingest", dir, ...flags]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

/** The graph a fresh ingest of the folder gives (the graph is wiped first). */
async function freshIngest(): Promise<GraphSnapshot> {
  await wipeGraph(graph);
  await ingest();
  return snapshot(graph);
}

const notReadAgain = (files: number) => `${files} file${files === 1 ? "" : "s"} unchanged since loaded, not read again`;

describe("re-ingesting files the graph holds as they are", () => {
  beforeAll(async () => {
    graph = await openTestGraph();
    root = fs.mkdtempSync(path.join(os.tmpdir(), "kg-held-"));
    dir = path.join(root, "corpus");
  });
  beforeEach(async () => {
    copyInto(dir, FILES);
    await wipeGraph(graph);
  });
  afterAll(async () => {
    await graph.driver.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("should not read unchanged files again, and change nothing", async () => {
    const first = await ingest();
    expect(first).toContain("11 reports: 11 written");
    expect(first).not.toContain("not read again");
    const loaded = await snapshot(graph);

    const again = await ingest();
    expect(again).toContain("11 reports: 0 written (0 replaced), 11 unchanged");
    expect(again).toContain(notReadAgain(2));
    expect(again).toContain("0 transactions");
    expect(await snapshot(graph)).toEqual(loaded);
  });

  it("should read only the edited file again, and end as a fresh ingest of the folder", async () => {
    await ingest();
    const file = path.join(dir, path.basename(FILES[0]!));
    const text = fs.readFileSync(file, "utf8");
    expect(text.split(SENTENCE)).toHaveLength(2);
    fs.writeFileSync(file, text.replace(SENTENCE, EDITED));

    const afterEdit = await ingest();
    expect(afterEdit).toContain(notReadAgain(1));
    expect(afterEdit).toContain("1 written (0 replaced), 10 unchanged");
    expect(afterEdit).toContain("1 no longer in their file deleted");
    const edited = await snapshot(graph);
    const fresh = await freshIngest();
    expect(edited.counts).toEqual(fresh.counts);
    expect(edited.reports).toEqual(fresh.reports);
    expect(edited.digest).toBe(fresh.digest);
    expect(await ingest()).toContain(notReadAgain(2));
  });

  it("should read files loaded from saved extraction output again once, then hold them", async () => {
    const jsonl = path.join(root, "saved.jsonl");
    const extracted = await kg(["extract", dir, "--format", "jsonl"]);
    expect(extracted.code, extracted.stderr).toBe(0);
    fs.writeFileSync(jsonl, extracted.stdout);
    const loaded = await kg(["load", jsonl]);
    expect(loaded.code, loaded.stderr).toBe(0);

    const first = await ingest();
    expect(first).toContain("0 written (0 replaced), 11 unchanged");
    expect(first).not.toContain("not read again");
    expect(await ingest()).toContain(notReadAgain(2));
  });

  it("should read a file again when the graph lost one of its reports, and bring the report back", async () => {
    await ingest();
    const loaded = await snapshot(graph);
    await deleteReport(path.join(dir, path.basename(FILES[0]!)), 3);
    expect(await reportCount()).toBe(10);

    const again = await ingest();
    expect(again).toContain(notReadAgain(1));
    expect(again).toContain("1 written");
    expect(await reportCount()).toBe(11);
    expect((await snapshot(graph)).reports).toEqual(loaded.reports);
  });

  it("should read a moved folder once, then hold its files under their new path", async () => {
    await ingest();
    const moved = path.join(root, "moved");
    fs.rmSync(moved, { recursive: true, force: true });
    fs.renameSync(dir, moved);
    const fromMoved = await kg(["ingest", moved]);
    expect(fromMoved.code, fromMoved.stderr).toBe(0);
    expect(fromMoved.stdout).toContain("11 unchanged but moved");
    expect(fromMoved.stdout).not.toContain("not read again");
    const again = await kg(["ingest", moved]);
    expect(again.stdout).toContain(notReadAgain(2));
    fs.renameSync(moved, dir);
  });

  it("should read every file again with --force", async () => {
    await ingest();
    const forced = await ingest("--force");
    expect(forced).toContain("11 reports: 11 written (11 replaced)");
    expect(forced).not.toContain("not read again");
  });
});

/** Deletes a report with its facts, as the loader retires one. */
async function deleteReport(source: string, index: number): Promise<void> {
  const found = await runReadQuery(graph, "MATCH (r:Report {source: $source, index: $index}) RETURN r.id AS id", { source, index });
  const reports = found.rows.map((row) => String(row.id));
  expect(reports).toHaveLength(1);
  await graph.driver.executeQuery(loadCypher("load/delete-report-facts"), { reports });
  await graph.driver.executeQuery(loadCypher("load/delete-reports"), { reports });
}

async function reportCount(): Promise<number> {
  return Number((await runReadQuery(graph, "MATCH (r:Report) RETURN count(r) AS n")).rows[0]!.n);
}
