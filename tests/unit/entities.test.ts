import { describe, expect, it } from "vitest";
import { companyKey, isCompanyShortForm, isRegisteredShortForm, mergeKey } from "../../ingest/aliases.ts";
import { extractReport } from "../../ingest/extract.ts";
import { draftOf } from "../helpers/drafts.ts";

describe("entities", () => {
  it("should keep a group and its regional firm apart, across and within reports", () => {
    expect(mergeKey("Company", "吕梁建龙")).not.toBe(mergeKey("Company", "北京建龙集团"));
    expect(mergeKey("Company", "山西建龙")).not.toBe(mergeKey("Company", "吕梁建龙"));
  });

  it("should give a firm the same id with and without its legal form", () => {
    expect(mergeKey("Company", "山西建龙实业有限公司")).toBe(mergeKey("Company", "山西建龙实业"));
  });

  it.each([
    ["建龙", "山西建龙", true],
    ["建龙", "建龙集团", true],
    ["三峡集团", "三峡新能源", false],
    ["建龙", "建龙", false],
  ])("should say whether %s is a short form of %s", (short, long, expected) => {
    expect(isCompanyShortForm(short, long)).toBe(expected);
  });

  it("should strip a place prefix and a legal form from the core of a name", () => {
    expect(companyKey("山西建龙实业有限公司")).toBe("建龙实业");
  });

  it("should merge a bare trade name into the firm it abbreviates in the same report", () => {
    const text = "山西建龙产值再上新台阶,稳居全省民营企业百强第一。鼓励建龙、银光、宏伟等龙头企业牵头组建产业技术创新联盟。";
    const firms = extractReport(draftOf(text, "闻喜县")).entities.filter((e) => e.type === "Company");
    const jianlong = firms.find((e) => e.name === "山西建龙");
    expect(jianlong?.aliases).toContain("建龙");
    expect(firms.filter((e) => e.name === "建龙")).toHaveLength(0);
  });

  it.each([
    ["华曦光电", "深圳华曦光电科技有限公司", true],
    ["博印包装", "沈阳博印包装科技股份有限公司", true],
    ["三峡新能源", "三峡集团", false],
    ["华能新能源", "华能新能源运维基地", false],
    ["华曦光电", "华曦智能终端有限公司", false],
  ])("should say whether %s shortens the registered name %s", (short, long, expected) => {
    expect(isRegisteredShortForm(short, long)).toBe(expected);
  });

  it("should merge a trade name with its industry word into the registered name it shortens", () => {
    const text = "深圳华曦光电科技有限公司投资15亿元建设华曦光电智能终端产业园,华曦光电将带动配套企业落户。";
    const firms = extractReport(draftOf(text, "咸丰县政府工作报告")).entities.filter((e) => e.type === "Company");
    expect(firms.map((e) => e.name)).toEqual(["深圳华曦光电科技有限公司"]);
    expect(firms[0]!.aliases).toContain("华曦光电");
  });

  it("should keep a central SOE apart from its unit named in the same report", () => {
    const report = extractReport(draftOf("中国电建昆明院承建的五山乡风电项目并网发电。我们还将与中国电建、中铁十八局等央企深化合作。", "弥勒市新闻发布会"));
    const firms = report.entities.filter((e) => e.type === "Company");
    expect(firms.map((e) => e.name).sort()).toEqual(["中国电建", "中国电建昆明院", "中铁十八局"].sort());
    expect(firms.flatMap((e) => e.aliases)).toEqual([]);
  });

  it("should give the same firm the same id in reports of different counties", () => {
    const a = extractReport(draftOf("闻喜县支持山西建龙、冀东水泥等企业实施超低排放改造。", "闻喜县", "a.txt"));
    const b = extractReport(draftOf("灵石县支持山西建龙、晋能控股等龙头企业做大做强。", "灵石县", "b.txt"));
    const idOf = (r: typeof a) => r.entities.find((e) => e.name === "山西建龙")?.id;
    expect(idOf(a)).toBeDefined();
    expect(idOf(a)).toBe(idOf(b));
  });
});
