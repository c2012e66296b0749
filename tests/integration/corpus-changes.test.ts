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
import { corpusFile } from "../helpers/corpus.ts";

const ORIGINAL = corpusFile("001_");

let graph: Graph;
let dir: string;
let file: string;

async function extract(): Promise<ReportExtraction[]> {
  const reports: ReportExtraction[] = [];
  for await (const report of extractPaths([dir])) reports.push(report);
  return reports;
}

/**
 * A company that the 闻喜县 report names in one sentence only (that sentence
 * is in the file verbatim) and that no other report names: 冀东水泥 when the
 * extractor finds it ("冀东水泥、山西建龙先后实现超低排放。").
 */
function companyOfOneSentence(reports: ReportExtraction[], fileText: string): { company: string; sentence: string } {
  const wenxi = reports.find((report) => report.subject?.name === "闻喜县")!;
  const elsewhere = new Set(reports.filter((report) => report !== wenxi).flatMap((report) => report.entities.map((entity) => entity.id)));
  const candidates = wenxi.entities
    .filter((entity) => entity.type === "Company" && !elsewhere.has(entity.id))
    .map((entity) => {
      const evidence = wenxi.relations.find((relation) => relation.type === "MENTIONS" && relation.target === entity.id)?.evidence ?? [];
      return { company: entity.name, sentences: evidence.map((item) => item.text) };
    })
    .filter(({ company, sentences }) => sentences.length === 1 && sentences[0]!.includes(company) && fileText.split(sentences[0]!).length === 2)
    .map(({ company, sentences }) => ({ company, sentence: sentences[0]! }))
    .sort((a, b) => Number(b.company === "冀东水泥") - Number(a.company === "冀东水泥") || a.company.localeCompare(b.company));
  expect(candidates.length, "the 闻喜县 report has a company named in one sentence only").toBeGreaterThan(0);
  return candidates[0]!;
}

async function value(cypher: string): Promise<unknown> {
  return (await runReadQuery(graph, cypher)).rows[0]!.value;
}

/** Counties whose stored summary differs from the counties of the reports that mention them, counted now. */
async function staleCountySummaries(): Promise<string[]> {
  const result = await runReadQuery(
    graph,
    `MATCH (n:County)
     WITH n, COLLECT {
       MATCH (report:Report)-[:MENTIONS]->(n)
       OPTIONAL MATCH (k:County {code: report.subjectCode})
       WITH coalesce(k.name, report.subject) AS county WHERE county IS NOT NULL
       RETURN DISTINCT county ORDER BY county
     } AS counties
     WHERE n.countyNames IS NULL OR n.countyNames <> counties OR n.countyCount <> size(counties)
     RETURN n.name AS name`,
    {},
    { maxRows: 10_000 },
  );
  return result.rows.map((row) => String(row.name));
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

  it("should replace only the changed report, dropping a company whose only sentence was removed", async () => {
    const original = fs.readFileSync(file, "utf8");
    const before = await extract();
    const { company, sentence } = companyOfOneSentence(before, original);
    expect(await loadReports(graph, before)).toMatchObject({ reports: 10, written: 10 });
    const named = `MATCH (c:Company {name: '${company}'}) RETURN count(c) AS value`;
    expect(await value(named)).toBe(1);

    fs.writeFileSync(file, original.replace(sentence, ""));
    const changed = await extract();
    // Its text changed, so it has a new id: the new version is written, the old one retired.
    expect(await loadReports(graph, changed)).toMatchObject({ reports: 10, written: 1, replaced: 0, retired: 1, unchanged: 9 });

    expect(await value(named)).toBe(0);
    const quoting = await runReadQuery(graph, "MATCH ()-[f]->() WHERE $sentence IN f.evidenceText RETURN count(f) AS value", { sentence });
    expect(quoting.rows[0]!.value).toBe(0);
    expect(await countGraph(graph)).toEqual(await freshCounts(changed));
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

  it("should keep each county's summary (the counties whose reports name it) true when a report is deleted", async () => {
    await loadReports(graph, await extract());
    const namingXiangfen = "MATCH (k:County) WHERE '襄汾县' IN k.countyNames RETURN count(k) AS value";
    expect(await value(namingXiangfen)).toBeGreaterThan(0);
    expect(await staleCountySummaries()).toEqual([]);
    const lines = fs.readFileSync(file, "utf8").split("\n");
    fs.writeFileSync(file, [...lines.slice(0, 6), ...lines.slice(12)].join("\n"));

    expect(await loadReports(graph, await extract())).toMatchObject({ retired: 1 });
    expect(await value(namingXiangfen)).toBe(0);
    expect(await staleCountySummaries()).toEqual([]);
  });
});
