/**
 * End-to-end extraction over the whole sample corpus: facts a reader can check
 * in the documents (subjects, dates, speakers, named firms and slogans), and
 * evidence offsets that point at the quoted characters.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractPaths } from "../../ingest/pipeline.ts";
import type { ReportExtraction } from "../../src/types.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

let reports: ReportExtraction[] = [];

beforeAll(async () => {
  for await (const report of extractPaths([CORPUS_DIR])) reports.push(report);
}, 120_000);

const bySubject = (name: string) => reports.find((r) => r.subject?.name === name)!;
const namesOf = (report: ReportExtraction, type: string) => report.entities.filter((e) => e.type === type).flatMap((e) => [e.name, ...e.aliases]);

describe("extraction of the sample corpus", () => {
  it("should find the 14 reports of the five documents", () => {
    expect(reports).toHaveLength(14);
    expect(reports.filter((r) => r.source.includes("001_")).map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each([
    ["000_", 0, "娄烦县", "太原市", null],
    ["001_", 0, "闻喜县", "运城市", "2021-04-13"],
    ["001_", 1, "襄汾县", "临汾市", "2021-04-20"],
    ["001_", 2, "文水县", "吕梁市", "2021-04-14"],
    ["001_", 3, "灵石县", "晋中市", "2021-04-08"],
    ["001_", 4, "朔州市", null, "2021-02-23"],
    ["001_", 5, "静乐县", "忻州市", "2021-04-08"],
    ["001_", 6, "稷山县", "运城市", "2021-04-10"],
    ["001_", 7, "盐湖区", "运城市", "2021-04-09"],
    ["001_", 8, "临县", "吕梁市", "2025-07-08"],
    ["001_", 9, "榆社县", "晋中市", "2021-04-08"],
    ["002_", 0, "河曲县", "忻州市", null],
    ["003_", 0, "五寨县", "忻州市", "2022-02-09"],
    ["004_", 0, "岚县", "吕梁市", "2025-01-06"],
  ])("should give report %s#%i the subject %s (%s) and date %s", (file, index, name, city, date) => {
    const report = reports.find((r) => r.source.includes(file) && r.index === index)!;
    expect(report.subject).toMatchObject({ name, city, province: "山西省" });
    expect(report.date).toBe(date);
  });

  it.each([
    ["闻喜县", "史玉江", "县长"],
    ["朔州市", "吴秀玲", "代市长"],
    ["榆社县", "魏栋", "县长"],
    ["五寨县", "刘志成", "县长"],
    ["岚县", "王小明", "县长"],
  ])("should name the speaker of the %s report", (subject, name, role) => {
    expect(bySubject(subject).speaker).toEqual({ name, role });
  });

  it("should find the firms the 闻喜县 report names in its lists and projects", () => {
    const firms = namesOf(bySubject("闻喜县"), "Company");
    for (const firm of ["山西建龙", "瑞格", "振鑫", "八达镁业", "冀东水泥", "牧原"]) expect(firms).toContain(firm);
  });

  it("should find the policy formulas of the 闻喜县 report", () => {
    const slogans = namesOf(bySubject("闻喜县"), "Slogan");
    for (const slogan of ["四为四高两同步", "五抓一优一促", "六稳", "六保", "1146"]) expect(slogans).toContain(slogan);
  });

  it("should show 六稳 spreading across several places", () => {
    const places = reports.filter((r) => namesOf(r, "Slogan").includes("六稳")).map((r) => r.subject?.name);
    expect(new Set(places).size).toBeGreaterThanOrEqual(5);
  });

  it("should give canonical Simplified names to entities of Traditional reports", () => {
    const hequ = bySubject("河曲县");
    expect(hequ.title).toBe("2021年工作回顧");
    for (const entity of hequ.entities) expect(entity.name).not.toMatch(/[縣區發動會國產業項與為]/);
  });

  it("should tie every relation to sentences of the report text, in the original script", () => {
    for (const report of reports) {
      for (const relation of report.relations) {
        expect(relation.evidence.length).toBeGreaterThan(0);
        for (const evidence of relation.evidence) {
          expect(report.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
          for (const mention of evidence.mentions ?? []) {
            expect(mention.start).toBeGreaterThanOrEqual(evidence.start);
            expect(mention.end).toBeLessThanOrEqual(evidence.end);
          }
        }
      }
    }
  });

  it("should quote the Traditional original while naming the Simplified entity", () => {
    const lan = bySubject("岚县");
    const subjectEntity = lan.entities.find((e) => e.type === "County" && e.name === "岚县")!;
    const mention = lan.relations.find((r) => r.type === "MENTIONS" && r.target === subjectEntity.id)!;
    expect(mention.evidence[0]!.text).toContain("嵐縣");
  });
});
