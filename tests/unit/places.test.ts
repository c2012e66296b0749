import { describe, expect, it } from "vitest";
import { extractReport } from "../../ingest/extract.ts";
import { findPlaces } from "../../ingest/places.ts";
import { draftOf } from "../helpers/drafts.ts";

const forms = (text: string) => findPlaces(text).map((p) => p.form);

describe("places", () => {
  it.each([
    ["全面落实闻喜县委决策,闻喜发展迈上新台阶", ["闻喜县", "闻喜"]],
    ["运城市盐湖区人民政府", ["运城市", "盐湖区"]],
    ["山西省临县坚持以人民为中心", ["山西省", "临县"]],
    ["岚县县城建设", ["岚县"]],
  ])("should find the divisions named in %s", (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it.each([
    ["面临县域经济发展的新挑战"],
    ["推进城区老旧小区改造"],
    ["加快新区建设"],
  ])("should not take ordinary words for places in %s", (text) => {
    expect(forms(text)).toEqual([]);
  });

  it.each([
    ["总投资12.8亿元的镇宁县城乡供水一体化工程", "镇宁县", "镇宁布依族苗族自治县"],
    ["镇宁自治县第十八届人民代表大会", "镇宁自治县", "镇宁布依族苗族自治县"],
    ["红河州委、州政府高度重视", "红河州", "红河哈尼族彝族自治州"],
    ["黔南州、黔东南州", "黔南州", "黔南布依族苗族自治州"],
  ])("should know an autonomous unit by its name without its peoples in %s", (text, form, division) => {
    const mention = findPlaces(text).find((p) => p.form === form);
    expect(mention?.candidates.map((d) => d.name)).toEqual([division]);
  });

  it.each([
    ["科左中旗旗委副书记、旗长额尔敦毕力格说", "科左中旗", "科尔沁左翼中旗"],
    ["察右前旗、土左旗和达茂旗的牧民", "土左旗", "土默特左旗"],
    ["察右前旗、土左旗和达茂旗的牧民", "达茂旗", "达尔罕茂明安联合旗"],
    ["喀左县紫陶产业园", "喀左县", "喀喇沁左翼蒙古族自治县"],
  ])("should know a wing's banner or county by its short name in %s", (text, form, division) => {
    const mention = findPlaces(text).find((p) => p.form === form);
    expect(mention?.candidates.map((d) => d.name)).toEqual([division]);
  });

  it("should keep the province names that an autonomous unit shares (河南, 海南)", () => {
    const candidates = findPlaces("河南、海南两省").flatMap((p) => p.candidates.map((d) => d.name));
    expect(candidates).toEqual(expect.arrayContaining(["河南省", "海南省"]));
    expect(candidates).not.toContain("河南蒙古族自治县");
    expect(candidates).not.toContain("海南藏族自治州");
  });

  it("should take no county of a province the report does not name from words across others", () => {
    const text = "闻喜县完成县人民医院迁建,适宜城市建设,创建全国示范县,加快新县医院建设,新建公安业务用房,资源综合利用。";
    const counties = extractReport(draftOf(text, "闻喜县政府工作报告")).entities.filter((e) => e.type === "County").map((e) => e.name);
    expect(counties.sort()).toEqual(["山西省", "运城市", "闻喜县"].sort());
  });

  it("should read a county's short name that is a frequent word as the word, even where its province is named", () => {
    const text = "灵石县民营经济扛起县域经济半壁江山,与浙江、湖北客商对接,公安干警守护平安。";
    const counties = extractReport(draftOf(text, "灵石县政府工作报告")).entities.filter((e) => e.type === "County").map((e) => e.name);
    expect(counties).not.toContain("江山市");
    expect(counties).not.toContain("公安县");
    expect(counties).toContain("浙江省");
  });

  it("should keep a county of another province that the report names with its province", () => {
    const text = "闻喜县与浙江省安吉县缔结友好县,学习安吉经验。";
    const counties = extractReport(draftOf(text, "闻喜县政府工作报告")).entities.filter((e) => e.type === "County").map((e) => e.name);
    expect(counties).toContain("安吉县");
  });

  it("should report offsets of the mention", () => {
    const text = "依托山西建龙发展";
    const [mention] = findPlaces(text);
    expect(text.slice(mention!.start, mention!.end)).toBe("山西");
    expect(mention!.candidates[0]!.name).toBe("山西省");
  });
});
