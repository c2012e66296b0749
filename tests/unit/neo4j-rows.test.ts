import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExtractionsJsonl, type LoadableReport } from "../../src/neo4j/extraction-schema.ts";
import { buildReportRows, combineRows, evidenceColumns } from "../../src/neo4j/rows.ts";

const reports = (file: string) => parseExtractionsJsonl(fs.readFileSync(`tests/fixtures/neo4j/${file}`, "utf8"), file);
const [wenxi, xiangfen] = reports("reports.jsonl") as [LoadableReport, LoadableReport];
const nameOf = (report: LoadableReport, id: string) => report.entities.find((e) => e.id === id)?.name;

describe("neo4j/rows", () => {
  it("should make one MENTIONS row per entity, with the names the report uses", () => {
    const rows = buildReportRows(wenxi);
    expect(rows.mentions).toHaveLength(wenxi.entities.length);
    const county = rows.mentions.find((m) => nameOf(wenxi, m.entity) === "闻喜县")!;
    expect(county.props.names).toEqual(["闻喜县", "闻喜"]);
    expect(county.props.evidenceText[0]).toContain("闻喜县");
  });

  it("should keep one fact per type, source and target, with all its sentences in text order", () => {
    const rows = buildReportRows(wenxi);
    const located = rows.facts.filter((f) => f.type === "LOCATED_IN" && nameOf(wenxi, f.source) === "山西建龙");
    expect(located).toHaveLength(1);
    expect(located[0]!.props.evidenceText).toEqual([
      "冀东水泥、山西建龙先后实现超低排放。",
      "三大传统产业发展势头强劲,山西建龙销售收入首次突破500亿元。",
      "全力推进山西建龙卫生防护距离范围内居民搬迁工作,力争如期完成。",
    ]);
    expect(located[0]!.props.evidenceStart).toEqual([...located[0]!.props.evidenceStart].sort((a, b) => a - b));
  });

  it("should carry relation props and the report id on facts", () => {
    const office = buildReportRows(wenxi).facts.find((f) => f.type === "HOLDS_OFFICE")!;
    expect(office.props).toMatchObject({ role: "县长", date: "2021-04-13", report: wenxi.id });
    expect(office.props.evidenceText).toEqual([expect.stringContaining("县长史玉江")]);
  });

  it("should drop a relation whose entity the report does not list, and say so", () => {
    const stray = { ...xiangfen, relations: [...xiangfen.relations, { type: "INVOLVES" as const, source: "project:nope", target: xiangfen.entities[0]!.id, evidence: [] }] };
    const rows = buildReportRows(stray);
    expect(rows.facts).toHaveLength(buildReportRows(xiangfen).facts.length);
    expect(rows.problems).toEqual([expect.stringContaining("project:nope")]);
  });

  it("should drop evidence outside the report text", () => {
    const relation = { ...xiangfen.relations.find((r) => r.type === "PROMOTES")! };
    relation.evidence = [...relation.evidence, { text: "x", start: 5_000, end: 5_001 }];
    const rows = buildReportRows({ ...xiangfen, relations: [relation] });
    expect(rows.facts[0]!.props.evidenceStart).toHaveLength(1);
    expect(rows.problems[0]).toMatch(/outside the report text/);
  });

  it("should not let relation props overwrite the report id or the evidence", () => {
    const relation = { ...xiangfen.relations.find((r) => r.type === "PROMOTES")!, props: { report: "report:forged", evidenceText: "x", role: "r" } };
    const fact = buildReportRows({ ...xiangfen, relations: [relation] }).facts[0]!;
    expect(fact.props.report).toBe(xiangfen.id);
    expect(fact.props.evidenceText).toEqual([expect.stringContaining("六稳")]);
    expect(fact.props.role).toBe("r");
  });

  it("should not let entity props overwrite id, name or aliases", () => {
    const entity = { ...xiangfen.entities[0]!, props: { code: "141023", name: "伪造", id: "x", aliases: "y" } };
    const rows = buildReportRows({ ...xiangfen, entities: [entity], relations: [] });
    expect(rows.entities[0]!.props).toEqual({ code: "141023" });
  });

  it("should flatten subject and speaker into scalar report properties", () => {
    const { props } = buildReportRows({ ...wenxi, speaker: { name: "史玉江", role: "县长" } }).report;
    expect(props).toMatchObject({ subject: "闻喜县", subjectCity: "运城市", subjectProvince: "山西省", subjectCode: "140823", speaker: "史玉江", speakerRole: "县长" });
    expect(props.text).toBe(wenxi.text);
  });

  it("should give the same facts checksum for the same extraction and a new one when facts change", () => {
    const [changed] = reports("reports-changed.jsonl");
    expect(buildReportRows(wenxi).report.props.factsChecksum).toBe(buildReportRows(structuredClone(wenxi)).report.props.factsChecksum);
    expect(buildReportRows(changed!).report.props.factsChecksum).not.toBe(buildReportRows(wenxi).report.props.factsChecksum);
  });

  it("should merge the rows of several reports, entities shared by both only once", () => {
    const batch = combineRows([buildReportRows(wenxi), buildReportRows(xiangfen)]);
    const slogans = batch.entities.filter((e) => e.type === "Slogan").map((e) => e.name);
    expect(slogans.sort()).toEqual(["六保", "六新", "六稳"]);
    expect(batch.mentions).toHaveLength(wenxi.entities.length + xiangfen.entities.length);
  });

  it("should give an entity several reports of a batch list the name and props of the smallest report id, in any order", () => {
    const shared = wenxi.entities.find((e) => xiangfen.entities.some((other) => other.id === e.id))!;
    const first = { ...wenxi, entities: wenxi.entities.map((e) => (e.id === shared.id ? { ...e, aliases: ["甲"], props: { kind: "a", via: "x" } } : e)) };
    const second = { ...xiangfen, entities: xiangfen.entities.map((e) => (e.id === shared.id ? { ...e, name: `${e.name}乙`, aliases: [], props: { kind: "b" } } : e)) };
    const smaller = first.id < second.id ? first : second;
    const given = smaller.entities.find((e) => e.id === shared.id)!;
    for (const order of [[first, second], [second, first]]) {
      const entity = combineRows(order.map(buildReportRows)).entities.find((e) => e.id === shared.id)!;
      expect(entity).toMatchObject({ name: given.name, props: given.props, from: smaller.id });
      expect([...entity.names].sort()).toEqual([shared.name, "甲", `${shared.name}乙`].sort());
    }
  });

  it("should keep on each MENTIONS the name and props the report gives its entity", () => {
    const rows = buildReportRows(wenxi);
    const county = wenxi.entities.find((e) => e.name === "闻喜县")!;
    const mention = rows.mentions.find((m) => m.entity === county.id)!;
    expect(JSON.parse(mention.props.entity)).toEqual({ name: "闻喜县", props: county.props });
  });

  it.each([
    [[{ text: "乙", start: 9, end: 10 }, { text: "甲", start: 2, end: 3 }], [2, 9]],
    [[{ text: "甲", start: 2, end: 3 }, { text: "甲", start: 2, end: 3 }], [2]],
    [[], []],
  ])("should sort and de-duplicate evidence %#", (evidence, starts) => {
    const columns = evidenceColumns(evidence);
    expect(columns.evidenceStart).toEqual(starts);
    expect(columns.evidenceText).toHaveLength(starts.length);
    expect(columns.evidenceEnd).toHaveLength(starts.length);
  });
});
