/**
 * Loading into a real Neo4j: idempotence, replacement of changed reports,
 * evidence, atomicity. Data: tests/fixtures/neo4j/*.jsonl (sentences of the
 * 闻喜县 and 襄汾县 2021 reports; the changed version drops 冀东水泥 and adds
 * a 银光镁合金 project to the 闻喜县 report).
 */
import fs from "node:fs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { countGraph, wipeGraph } from "../../src/neo4j/admin.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { parseExtractionsJsonl, readExtractionLines, type LoadableReport } from "../../src/neo4j/extraction-schema.ts";
import { loadReports } from "../../src/neo4j/load.ts";
import { runReadQuery } from "../../src/neo4j/read.ts";
import { openTestGraph } from "./neo4j-context.ts";

const FIXTURES = "tests/fixtures/neo4j";
const fixture = (name: string) => parseExtractionsJsonl(fs.readFileSync(`${FIXTURES}/${name}`, "utf8"), name);

let graph: Graph;

async function names(label: string): Promise<string[]> {
  const result = await runReadQuery(graph, `MATCH (n:$($label)) RETURN n.name AS name ORDER BY name`, { label });
  return result.rows.map((row) => row.name as string);
}

describe("neo4j/load", () => {
  beforeEach(async () => {
    graph ??= await openTestGraph();
    await wipeGraph(graph);
  });
  afterAll(async () => {
    await graph?.driver.close();
  });

  it("should load the fixture's entities under their labels", async () => {
    await loadReports(graph, fixture("reports.jsonl"));
    expect(await names("County")).toEqual(["襄汾县", "闻喜县"]);
    expect(await names("Company")).toEqual(["冀东水泥", "国药控股", "山西建龙"]);
    expect(await names("Slogan")).toEqual(["六保", "六新", "六稳"]);
    const counts = await countGraph(graph);
    expect(counts).toMatchObject({ reports: 2, entities: 11, promotes: 5, holdsOffice: 1, involves: 1 });
  });

  it("should change nothing when the same reports are loaded twice", async () => {
    const first = await loadReports(graph, fixture("reports.jsonl"));
    const before = await countGraph(graph);
    const second = await loadReports(graph, fixture("reports.jsonl"));
    expect(first).toMatchObject({ written: 2, unchanged: 0 });
    expect(second).toMatchObject({ written: 0, unchanged: 2, transactions: 0 });
    expect(await countGraph(graph)).toEqual(before);
  });

  it("should skip JSONL lines identical to what the graph holds without parsing them, and write a changed line", async () => {
    const lines = async function* (name: string) {
      yield* readExtractionLines(`${FIXTURES}/${name}`);
    };
    expect(await loadReports(graph, lines("reports.jsonl"))).toMatchObject({ written: 2 });
    const before = await countGraph(graph);
    expect(await loadReports(graph, lines("reports.jsonl"))).toMatchObject({ written: 0, unchanged: 2, transactions: 0 });
    const [wenxiLine] = fs.readFileSync(`${FIXTURES}/reports.jsonl`, "utf8").split("\n");
    const unparsed = [{ line: wenxiLine!, where: "reports.jsonl:1" }];
    expect(await loadReports(graph, unparsed, { retireMissing: false })).toMatchObject({ written: 0, unchanged: 1 });
    expect(await countGraph(graph)).toEqual(before);
    // The 闻喜县 text changed, so it has a new id: the new version is written, the old one retired.
    expect(await loadReports(graph, lines("reports-changed.jsonl"))).toMatchObject({ written: 1, replaced: 0, retired: 1, unchanged: 1 });
    await expect(loadReports(graph, [{ line: "{\"source\": 1}", where: "bad.jsonl:1" }])).rejects.toThrow(/bad\.jsonl:1/);
  });

  it("should replace a changed report's facts and delete entities no report mentions any more", async () => {
    await loadReports(graph, fixture("reports.jsonl"));
    const stats = await loadReports(graph, fixture("reports-changed.jsonl"));
    // A changed text is a new report id: the old version is retired as one its file no longer holds.
    expect(stats).toMatchObject({ written: 1, replaced: 0, retired: 1, unchanged: 1, orphansDeleted: 1 });
    expect(await countGraph(graph)).toMatchObject({ reports: 2 });
    expect(await names("Company")).toEqual(["国药控股", "山西建龙"]);
    expect(await names("Project")).toContain("银光镁合金压铸件及挤压件精密加工项目");
    const stale = await runReadQuery(graph, "MATCH ()-[f]->() WHERE any(s IN f.evidenceText WHERE s CONTAINS '冀东水泥') RETURN count(f) AS n");
    expect(stale.rows[0]!.n).toBe(0);
    const located = await runReadQuery(
      graph,
      "MATCH (:Company {name: '山西建龙'})-[f:LOCATED_IN]->(:County {name: '闻喜县'}) RETURN f.evidenceText AS sentences",
    );
    expect(located.rows).toHaveLength(1);
    expect(located.rows[0]!.sentences).toEqual([
      "三大传统产业发展势头强劲,山西建龙销售收入首次突破500亿元。",
      "全力推进山西建龙卫生防护距离范围内居民搬迁工作,力争如期完成。",
    ]);
  });

  it("should replace the facts of a report whose text is unchanged but whose extraction changed (a new extractor)", async () => {
    const [wenxi, xiangfen] = fixture("reports.jsonl");
    await loadReports(graph, [wenxi!, xiangfen!]);
    const jidong = wenxi!.entities.find((entity) => entity.name === "冀东水泥")!;
    const without = {
      ...wenxi!,
      entities: wenxi!.entities.filter((entity) => entity !== jidong),
      relations: wenxi!.relations.filter((relation) => relation.source !== jidong.id && relation.target !== jidong.id),
    };
    const stats = await loadReports(graph, [without, xiangfen!]);
    expect(stats).toMatchObject({ written: 1, replaced: 1, unchanged: 1, retired: 0, orphansDeleted: 1 });
    expect(await names("Company")).toEqual(["国药控股", "山西建龙"]);
    const fresh = await countGraph(graph);
    await wipeGraph(graph);
    await loadReports(graph, [without, xiangfen!]);
    expect(await countGraph(graph)).toEqual(fresh);
  });

  it("should give the same graph whether a report was changed or loaded fresh", async () => {
    await loadReports(graph, fixture("reports-changed.jsonl"));
    const fresh = await countGraph(graph);
    await wipeGraph(graph);
    await loadReports(graph, fixture("reports.jsonl"));
    await loadReports(graph, fixture("reports-changed.jsonl"));
    expect(await countGraph(graph)).toEqual(fresh);
  });

  it("should store evidence for every relation, pointing at its sentence in Report.text", async () => {
    await loadReports(graph, fixture("reports.jsonl"));
    const result = await runReadQuery(
      graph,
      `MATCH ()-[f]->() MATCH (r:Report {id: f.report})
       RETURN type(f) AS type, f.evidenceText AS texts, f.evidenceStart AS starts, f.evidenceEnd AS ends, r.text AS text`,
    );
    expect(result.rows.length).toBe(24);
    for (const row of result.rows) {
      const texts = row.texts as string[];
      expect(texts.length, `${row.type} has evidence`).toBeGreaterThan(0);
      texts.forEach((sentence, i) => {
        const text = row.text as string;
        expect(text.slice((row.starts as number[])[i], (row.ends as number[])[i])).toBe(sentence);
      });
    }
  });

  it("should keep entity aliases as the union of the names reports use", async () => {
    await loadReports(graph, fixture("reports.jsonl"));
    const result = await runReadQuery(graph, "MATCH (e:Entity) WHERE size(e.aliases) > 0 RETURN e.name AS name, e.aliases AS aliases ORDER BY name");
    expect(result.rows).toEqual([
      { name: "冀东水泥", aliases: ["冀東水泥"] },
      { name: "闻喜县", aliases: ["闻喜"] },
    ]);
  });

  it("should delete reports that their source file no longer holds", async () => {
    await loadReports(graph, fixture("reports.jsonl"));
    const [wenxi] = fixture("reports.jsonl");
    const stats = await loadReports(graph, [{ ...wenxi!, source: "tests/fixtures/neo4j/xiangfen.txt", index: 5, id: "report:moved" }]);
    expect(stats.retired).toBe(1);
    const titles = await runReadQuery(graph, "MATCH (r:Report) RETURN r.id AS id ORDER BY id");
    expect(titles.rows.map((row) => row.id)).toContain("report:moved");
    expect(await names("Company")).not.toContain("国药控股");
  });

  it("should load a report met twice in the input at two places once, from the first, and keep it there on the next load", async () => {
    const [wenxi, xiangfen] = fixture("reports.jsonl");
    const copy = { ...wenxi!, source: "backup/tests/fixtures/neo4j/wenxi.txt" };
    const problems: string[] = [];
    const first = await loadReports(graph, [wenxi!, copy, xiangfen!], { onProblem: (message) => problems.push(message) });
    expect(first).toMatchObject({ reports: 3, written: 2, problems: 1 });
    expect(problems).toEqual([`${copy.source}#0: the same report as ${wenxi!.source}#0; loaded once, from ${wenxi!.source}#0`]);
    const sources = await runReadQuery(graph, "MATCH (r:Report) RETURN r.source AS source ORDER BY source");
    expect(sources.rows.map((row) => row.source)).toEqual([wenxi!.source, xiangfen!.source]);
    const again = await loadReports(graph, [wenxi!, copy, xiangfen!]);
    expect(again).toMatchObject({ written: 0, moved: 0, unchanged: 2, transactions: 0 });
  });

  it("should give a slogan both reports name the same full form whatever order they load in, and the other's once its report goes", async () => {
    const [wenxi, xiangfen] = fixture("reports.jsonl");
    const slogan = wenxi!.entities.find((e) => e.name === "六稳")!;
    // each report writes its own full form of 六稳
    const withFull = (report: LoadableReport, full: string): LoadableReport => ({
      ...report,
      checksum: `${report.checksum}:${full}`,
      entities: report.entities.map((e) => (e.id === slogan.id ? { ...e, props: { full } } : e)),
    });
    const a = withFull(wenxi!, "“六稳”工作");
    const b = withFull(xiangfen!, "“六稳”");
    const [smaller, larger] = a.id < b.id ? [a, b] : [b, a];
    const fullOf = async () => (await runReadQuery(graph, "MATCH (s:Slogan {id: $id}) RETURN s.full AS full", { id: slogan.id })).rows[0]!.full;
    const given = (report: LoadableReport) => report.entities.find((e) => e.id === slogan.id)!.props.full;

    for (const order of [[a, b], [b, a]]) {
      await wipeGraph(graph);
      for (const report of order) await loadReports(graph, [report]);
      expect(await fullOf()).toBe(given(smaller));
    }
    // the report that gave the full form goes: the other report's takes its place
    await loadReports(graph, [{ ...smaller, entities: smaller.entities.filter((e) => e.id !== slogan.id), relations: smaller.relations.filter((r) => r.source !== slogan.id && r.target !== slogan.id), checksum: `${smaller.checksum}:without` }]);
    expect(await fullOf()).toBe(given(larger));
  });

  it("should leave nothing of a batch whose transaction fails", async () => {
    await loadReports(graph, fixture("reports.jsonl"));
    const before = await countGraph(graph);
    const [, xiangfen] = fixture("reports-changed.jsonl");
    const broken: LoadableReport = {
      ...xiangfen!,
      // the smallest id: its row gives the shared entity its props (merge-entities.cypher)
      id: "report:0000broken",
      source: "tests/fixtures/neo4j/broken.txt",
      checksum: "changed",
      // A map is not a valid Neo4j property value: merge-entities fails after merge-reports ran.
      entities: xiangfen!.entities.map((e, i) => (i === 0 ? { ...e, props: { nested: { no: 1 } as never } } : e)),
    };
    await expect(loadReports(graph, [broken])).rejects.toThrow(/[Pp]roperty values/);
    expect(await countGraph(graph)).toEqual(before);
  });
});
