/**
 * Re-ingesting a changed corpus file: the changed report's old facts go, the
 * other reports are untouched, and the graph ends up exactly as a fresh load
 * of the new file would make it. Works on a copy of the scraped page with ten
 * reports (/work/shared/corpus/001_330ca93b427a2047.txt), through the same
 * extract + load path as `kg ingest`, in process (so both versions of the file
 * go through one version of the extractor).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { extractPaths } from "../../ingest/pipeline.ts";
import { countGraph, wipeGraph } from "../../src/neo4j/admin.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { loadReports } from "../../src/neo4j/load.ts";
import { runReadQuery } from "../../src/neo4j/read.ts";
import type { ReportExtraction } from "../../src/types.ts";
import { openTestGraph } from "./neo4j-context.ts";

const ORIGINAL = "/work/shared/corpus/001_330ca93b427a2047.txt";
const SENTENCE = "冀东水泥、山西建龙先后实现超低排放。";

let graph: Graph;
let dir: string;
let file: string;

async function extract(): Promise<ReportExtraction[]> {
  const reports: ReportExtraction[] = [];
  for await (const report of extractPaths([dir])) reports.push(report);
  return reports;
}

async function value(cypher: string): Promise<unknown> {
  return (await runReadQuery(graph, cypher)).rows[0]!.value;
}

/** The graph a fresh load of these reports gives. */
async function freshCounts(reports: ReportExtraction[]) {
  await wipeGraph(graph);
  await loadReports(graph, reports);
  return countGraph(graph);
}

describe("re-ingesting a changed file", () => {
  beforeAll(async () => {
    graph = await openTestGraph();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-corpus-"));
    file = path.join(dir, path.basename(ORIGINAL));
  });
  beforeEach(async () => {
    fs.copyFileSync(ORIGINAL, file);
    await wipeGraph(graph);
  });
  afterAll(async () => {
    await graph.driver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("should replace only the changed report, dropping the facts of the removed sentence", async () => {
    expect(await loadReports(graph, await extract())).toMatchObject({ reports: 10, written: 10 });
    expect(await value("MATCH (c:Company {name: '冀东水泥'}) RETURN count(c) AS value")).toBe(1);

    const original = fs.readFileSync(file, "utf8");
    expect(original).toContain(SENTENCE);
    fs.writeFileSync(file, original.replace(SENTENCE, "山西建龙先后实现超低排放。"));
    const changed = await extract();
    expect(await loadReports(graph, changed)).toMatchObject({ reports: 10, written: 1, replaced: 1, unchanged: 9 });

    expect(await value("MATCH (c:Company {name: '冀东水泥'}) RETURN count(c) AS value")).toBe(0);
    expect(await value(`MATCH ()-[f]->() WHERE any(s IN f.evidenceText WHERE s CONTAINS '${SENTENCE.slice(0, 9)}') RETURN count(f) AS value`)).toBe(0);
    expect(await value("MATCH (:Report {subject: '闻喜县'})-[:MENTIONS]->(c:Company {name: '山西建龙'}) RETURN count(c) AS value")).toBe(1);

    const incremental = await countGraph(graph);
    expect(incremental).toEqual(await freshCounts(changed));
  });

  it("should delete a report the file no longer holds, with everything only it mentioned", async () => {
    await loadReports(graph, await extract());
    expect(await value("MATCH (r:Report {subject: '襄汾县'}) RETURN count(r) AS value")).toBe(1);
    const lines = fs.readFileSync(file, "utf8").split("\n");
    expect(lines[6]).toContain("【襄汾县招商】");
    fs.writeFileSync(file, [...lines.slice(0, 6), ...lines.slice(12)].join("\n"));

    const shorter = await extract();
    expect(await loadReports(graph, shorter)).toMatchObject({ reports: 9, retired: 1 });
    expect(await value("MATCH (r:Report {subject: '襄汾县'}) RETURN count(r) AS value")).toBe(0);
    expect(await value("MATCH (r:Report) RETURN count(r) AS value")).toBe(9);
    const incremental = await countGraph(graph);
    expect(incremental).toEqual(await freshCounts(shorter));
  });
});
