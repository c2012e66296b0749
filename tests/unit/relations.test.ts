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

  it("should quote the whole of a slogan that a long sentence's cut runs through", () => {
    // 河曲县 2022, its start repeated up to the slogan (as a scrape may): the sentence runs past 400 characters and is cut at the 、 inside the second copy of the slogan.
    const sentence =
      "全县经济工作的总要求是:以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大、十九届历次全会精神和习近平总书记视察山西重要讲话重要指示精神,深入贯彻中央、省委、市委和县委经济工作会议精神,坚持稳中求进工作总基调,立足新发展阶段,完整准确全面贯彻新发展理念,抢抓构建新发展格局战略机遇,按照省委“全方位推动高质量发展”和市委“一个牵引、六大突破”重大部署,坚持“争做西部发展领头羊、建设区域强县”的发展思路,统筹疫情防控和经济社会发展,统筹发展和安全,以推动高质量转型为主题,扎实做好“六稳”“六保”工作,努力建设黄河流域生态保护示范县。";
    const report = extractReport(draftOf(sentence.slice(0, sentence.indexOf("的发展思路")) + sentence, "河曲县"));
    const slogan = report.entities.find((entity) => entity.name === "争做西部发展领头羊、建设区域强县")!;
    const quoted = report.relations.filter((relation) => relation.target === slogan.id).flatMap((relation) => relation.evidence);
    expect(quoted.map((evidence) => evidence.text.includes(slogan.name))).toEqual([true, true]);
    for (const evidence of report.relations.flatMap((relation) => relation.evidence)) {
      for (const mention of evidence.mentions ?? []) expect(mention.end, evidence.text).toBeLessThanOrEqual(evidence.end);
    }
  });

  it("should link a firm named inside a project to the project", () => {
    const report = extractReport(draftOf("闻喜县支持瑞格、振鑫等企业技改,实施瑞格新型金属材料精密加工项目。", "闻喜县"));
    const involves = facts(report, "INVOLVES");
    expect(involves.some(([project, firm]) => project!.includes("金属材料精密加工") && firm === "瑞格")).toBe(true);
  });

  it.each([
    [
      "2021年闻喜县政府工作报告",
      "重点实施银光镁合金及深加工、瑞格铝合金加工、振鑫镁合金机械加工、八达镁业高性能型材、富亨迪镁粉扩建等项目建设,支持银光、瑞格等企业启动上市工程。",
      [["银光镁合金及深加工", "银光"], ["瑞格铝合金加工", "瑞格"], ["振鑫镁合金机械加工", "振鑫"], ["八达镁业高性能型材", "八达镁业"], ["富亨迪镁粉扩建", "富亨迪"]],
    ],
    [
      "2021年稷山县政府工作报告",
      "能源领域,重点实施国瑞光伏投资4.7亿元的100MW分布式电力、汇能权亚投资40亿元的1000MW光伏储能一体化光伏发电、秦晋电力投资5000万元热电联产技改项目。",
      [["100MW分布式电力", "国瑞光伏"], ["1000MW光伏储能一体化光伏发电", "汇能权亚"]],
    ],
    [
      "2021年文水县政府工作报告",
      "支持吕梁建龙投资13.6亿元实施2×65MW煤气综合利用发电、200万吨优质棒线材轧钢生产线项目,启动总投资59亿元的1780m³高炉及150吨转炉建设。",
      [["2×65MW煤气综合利用发电", "吕梁建龙"], ["200万吨优质棒线材轧钢生产线项目", "吕梁建龙"]],
    ],
    [
      "2021年稷山县政府工作报告",
      "坚持龙头带动,推进晋龙集团20万吨饲料生产线、年存栏100万羽青年鸡、300万只蛋鸡养殖三个项目和集福食品15000吨冷库储藏冷链物流等项目。",
      [["晋龙集团20万吨饲料生产线", "晋龙集团"], ["年存栏100万羽青年鸡", "晋龙集团"], ["集福食品15000吨冷库储藏冷链物流", "集福食品"]],
    ],
  ])("should link each project of a %s list to its own firm only", (title, sentence, expected) => {
    const involves = facts(extractReport(draftOf(sentence, title)), "INVOLVES");
    expect(involves.sort()).toEqual(expected.sort());
  });

  it("should not give the opener of an uncounted list the later items", () => {
    const sentence = "推进晋龙集团20万吨饲料生产线、县人民医院迁建、城东污水处理厂等项目。";
    const involves = facts(extractReport(draftOf(sentence, "2021年稷山县政府工作报告")), "INVOLVES");
    expect(involves.map(([, firm]) => firm)).toEqual(["晋龙集团"]);
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
