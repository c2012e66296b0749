import { describe, expect, it } from "vitest";
import { extractReport } from "../../ingest/extract.ts";
import { involvementRole, parentCodeOf } from "../../ingest/relations.ts";
import type { ReportExtraction } from "../../src/types.ts";
import { draftOf } from "../helpers/drafts.ts";

function facts(report: ReportExtraction, type: string) {
  const name = new Map(report.entities.map((e) => [e.id, e.name]));
  return report.relations.filter((r) => r.type === type).map((r) => [name.get(r.source), name.get(r.target)]);
}

describe("relations", () => {
  it("should place the subject in its city and province", () => {
    const report = extractReport(draftOf("闻喜县坚持项目为王,全县经济稳中向好。", "2021年闻喜县政府工作报告"));
    expect(facts(report, "LOCATED_IN")).toEqual(expect.arrayContaining([["闻喜县", "运城市"], ["运城市", "山西省"]]));
  });

  it("should say where an official holds office, with role and date", () => {
    const report = extractReport({ ...draftOf("2021年4月13日在闻喜县第十七届人民代表大会第一次会议上县长;史玉江各位代表:现在,我代表县人民政府向大会作工作报告。", "2021年闻喜县政府工作报告") });
    const office = report.relations.find((r) => r.type === "HOLDS_OFFICE")!;
    expect(office.props).toEqual({ role: "县长", date: "2021-04-13" });
    expect(office.evidence[0]!.text).toContain("县长;史玉江");
  });

  it("should put a city department's official in the city above the county", () => {
    const report = extractReport(draftOf("市委宣传部副部长赵凤昌:\n我们非常高兴邀请到岚县县委副书记、政府县长王小明。全县上下推动岚县发展。", "新闻发布会(岚县)"));
    expect(facts(report, "HOLDS_OFFICE")).toEqual(expect.arrayContaining([["赵凤昌", "吕梁市"], ["王小明", "岚县"]]));
  });

  it("should not make a school head an official of the county", () => {
    const report = extractReport(draftOf("河曲县深化教育改革,河曲中学校长牛钟秀介绍经验。", "河曲县"));
    expect(report.entities.some((e) => e.name === "牛钟秀")).toBe(true);
    expect(facts(report, "HOLDS_OFFICE")).toEqual([]);
  });

  it("should not place a firm in a same-named county of another province", () => {
    const report = extractReport(draftOf("娄烦县支持尖山铁矿、龙泉煤化气等传统工业企业科技兴企。新县人民医院投入使用。", "娄烦县"));
    const located = facts(report, "LOCATED_IN").map(([, place]) => place);
    expect(located).not.toContain("尖山区");
    expect(located).not.toContain("新县");
  });

  it("should link a firm named inside a project to the project", () => {
    const report = extractReport(draftOf("闻喜县支持瑞格、振鑫等企业技改,实施瑞格新型金属材料精密加工项目。", "闻喜县"));
    const involves = facts(report, "INVOLVES");
    expect(involves.some(([project, firm]) => project!.includes("金属材料精密加工") && firm === "瑞格")).toBe(true);
  });

  it.each([
    ["由山西建龙投资建设", "investor"],
    ["该项目由中建三局承建", "builder"],
    ["委托专业公司运营", "operator"],
    ["与企业签约", "participant"],
  ])("should read the role of a firm from %s", (sentence, role) => {
    expect(involvementRole(sentence)).toBe(role);
  });

  it.each([
    ["140823", "1408"],
    ["1408", "14"],
    ["14", null],
  ])("should find the parent code of %s", (code, parent) => {
    expect(parentCodeOf(code)).toBe(parent);
  });
});
