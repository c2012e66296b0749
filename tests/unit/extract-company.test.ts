import { describe, expect, it } from "vitest";
import { extractReport } from "../../ingest/extract.ts";
import { extractFile } from "../../ingest/pipeline.ts";
import { toSimplified } from "../../ingest/script.ts";
import type { Entity, ReportExtraction } from "../../src/types.ts";
import { corpusFile } from "../helpers/corpus.ts";
import { draftOf } from "../helpers/drafts.ts";

function companies(report: ReportExtraction): Entity[] {
  return report.entities.filter((e) => e.type === "Company");
}
/** Snippets are read as part of the report they come from (its subject is no firm's home). */
const TITLES: Record<string, string> = {
  闻喜: "2021年闻喜县政府工作报告",
  盐湖: "2021年盐湖区政府工作报告",
  文水: "2021年文水县政府工作报告",
  河曲: "河曲县2022年政府工作报告",
  五寨: "五寨县政府工作报告",
  静乐: "2021年静乐县政府工作报告",
  朔州: "朔州市政府工作报告",
  临县: "山西临县:以基础设施建设为引擎 绘就城乡发展新画卷",
  襄汾: "2021年襄汾县政府工作报告",
  娄烦: "娄烦县:绿色发展谱新篇",
  榆社: "2021年榆社县政府工作报告",
  稷山: "2021年稷山县政府工作报告",
};
const reportOf = (text: string, county = "闻喜") => extractReport(draftOf(text, TITLES[county]));
const names = (text: string, county = "闻喜") => companies(reportOf(text, county)).map((e) => e.name);
/** Every surface form of every firm (entity names and aliases). */
const forms = (report: ReportExtraction) => companies(report).flatMap((e) => [e.name, ...e.aliases]);

/** The report text under each mention of a firm. */
function evidence(report: ReportExtraction, text: string, name: string): string[] {
  const firm = companies(report).find((e) => e.name === name);
  if (!firm) throw new Error(`no firm ${name} in ${companies(report).map((e) => e.name).join(" ")}`);
  return report.relations
    .filter((r) => r.type === "MENTIONS" && r.target === firm.id)
    .flatMap((r) => r.evidence.flatMap((ev) => ev.mentions ?? []))
    .map((m) => text.slice(m.start, m.end));
}

describe("company extractor", () => {
  it.each([
    // Real sentences from the sample corpus; the head after 等 says the items are firms.
    ["闻喜", "瞄准军工、汽车、家电等领域,支持建龙、银光等骨干企业,开发高强度结构钢、高性能镁合金型材等新产品。", ["建龙", "银光"]],
    ["闻喜", "扶持风源机械、泽野生物、杨一斋等高新技术企业在数控机床、蜂药、食用调料等产品研发上取得新突破。", ["风源机械", "泽野生物", "杨一斋"]],
    ["盐湖", "恒大、碧桂园、绿地、新城等知名企业先后进驻,万达广场、国科欢乐港大型商业综合体相继建成。", ["恒大", "碧桂园", "绿地", "新城"]],
    ["盐湖", "支持中磁科技、国强高科等5家“金种子”企业对接资本市场。", ["中磁科技", "国强高科"]],
    ["闻喜", "依托电商平台,积极打造卫嫂花馍、唯源食品、任诚意等新零售示范企业,拓宽中药材线上贸易渠道。", ["卫嫂花馍", "唯源食品", "任诚意"]],
    ["盐湖", "组织南耀离、福同惠、运康锅巴等“老字号”企业参加农产品博览会,进一步提升品牌影响力和知名度。", ["南耀离", "福同惠", "运康锅巴"]],
    ["闻喜", "深度挖掘就业资源,鼓励“姥姥和我”“妈妈的手工坊”等手工艺优势企业,扩大规模,开拓市场。", ["姥姥和我", "妈妈的手工坊"]],
    ["文水", "依托大象农牧、诚信种业、野山坡等农业产业化龙头企业,建设农业科技研发和成果转化服务中心。", ["大象农牧", "诚信种业", "野山坡"]],
    // A count and a head without 等; a trigger verb and a leading firm; a firm-shaped item carries its list mates.
    ["盐湖", "引进侨银环保、中科国通、中联重科三家公司,形成乡村环境卫生整治的竞争机制。", ["侨银环保", "中科国通", "中联重科"]],
    ["闻喜", "以银光镁业为龙头,支持瑞格、振鑫、八达镁业就地技改,不断提升铝镁合金深加工能力。", ["银光镁业", "瑞格", "振鑫", "八达镁业"]],
    ["盐湖", "新扩建贝贝牧业、新龙丰、牧星、华存等6个标准化规模养殖场,扩繁“国字号”晋汾白猪。", ["贝贝牧业", "新龙丰", "牧星", "华存"]],
    ["闻喜", "支持新民玻璃、华森玻璃、汇昆商贸等开展跨境电商贸易,推动线上线下融合消费。", ["新民玻璃", "华森玻璃", "汇昆商贸"]],
    ["盐湖", "扶持安宏鑫、通和顺奶牛饲养公司发展壮大,保障优质畜禽产品供给。", ["安宏鑫", "通和顺奶牛饲养公司"]],
    // Items of a project list that are bare firm names: the firm behind the project.
    ["盐湖", "新开工项目124个,19个“1311”重大工程项目推进顺利,新联盟物流、美西林药业等51个项目竣工投产。", ["新联盟物流", "美西林药业"]],
    ["闻喜", "城西玻璃文创园正式启动,晶尊、天顺兴等玻璃文创企业首批入驻,海丰、新民玻璃等一批技改项目竣工投产。", ["晶尊", "天顺兴", "海丰", "新民玻璃"]],
    // Legal forms, with the verb or preposition before them cut off.
    ["文水", "深化项目建设年活动,引进北京建龙集团托管经营海威钢铁,投资5.8亿元实施超低排放改造等项目。", ["北京建龙集团"]],
    ["朔州", "引进神农集团与蒙牛集团合作的现代化大型奶牛养殖场项目。", ["神农集团", "蒙牛集团"]],
    ["娄烦", "尖山铁矿、龙泉煤化气等传统工业企业“科技兴企”“科技强安”稳步推进。", ["尖山铁矿", "龙泉煤化气"]],
    // Bare trade names that make up a project list; a lone trade name before 项目; a firm after a trigger verb.
    ["朔州", "在安瑞、玉龙格兰特等6个项目建成投产基础上,重点推进斯芬克斯医药中间体等8个项目,打造医药产业体系。", ["安瑞", "玉龙格兰特", "斯芬克斯医药"]],
    ["朔州", "落地总投资160亿元的多弗集团文旅康养小镇项目,引进红星美凯龙项目,推动中心城区商业新业态、新模式发展。", ["多弗集团", "红星美凯龙"]],
    ["盐湖", "围绕面食糕点产业发展,支持三馨食品申报省级龙头企业。", ["三馨食品"]],
    // A verb the segmenter glued to the first item; firms with their products next to a known firm.
    ["榆社", "加快国新能源榆社东区块、丰汇煤业榆社武乡区块勘查开发。", ["国新能源", "丰汇煤业"]],
    ["盐湖", "支持中磁科技、国强高科等5家“金种子”企业对接资本市场。鼓励国强高科工业机器人、巨龙智能风机加快研发、推广应用。", ["中磁科技", "国强高科", "巨龙"]],
    ["榆社", "坚持榆化公司走高端化、智能化、绿色化发展的路子。", ["榆化公司"]],
    // the segmenter reads 推|进山|安|茂德: the verb before the project is cut as written
    ["襄汾", "大力发展新能源产业,积极引入山西翼辉能源生物质发电供热综合利用项目,加快推进山安茂德20兆瓦分散式风电项目。", ["山西翼辉能源", "山安茂德"]],
  ])("should find the firms of a %s report in %s", (county, text, expected) => {
    expect(names(text, county)).toEqual(expected);
  });

  it.each([
    // Firms named at the front of project names.
    ["五寨", "国耀1×30兆瓦生物质热电联产、总规模300兆瓦的4个风电以及杂粮产业园、物流产业园、北苑综合市场一期等项目建成投产,中国中药山西五寨产业园全面建成。", ["国耀", "中国中药"]],
    ["河曲", "确保总投资13.2亿元的晋和云数据等3个续建项目和总投资5.42亿元的15万吨金属固体废弃物综合再利用等3个新建项目年内按期投产达效,总投资11.6亿元的同德化工多晶硅等2个新建项目开工建设。", ["同德化工"]],
    ["五寨", "农业产业方面,加快100万头综合屠宰加工、北京华科肉牛养殖、南京诚迈科技黄芪口服液生产、山西赢凯源艾草种植及生产加工等项目落地实施。", ["北京华科", "南京诚迈科技", "山西赢凯源"]],
    ["闻喜", "重点抓好总投资1.8亿元的金山实业年产11万吨再生铅及再生颗粒塑料等项目建设。", ["金山实业"]],
    ["闻喜", "重点实施银光镁合金及深加工、瑞格铝合金加工、振鑫镁合金机械加工、八达镁业高性能型材、富亨迪镁粉扩建等项目建设,支持银光、瑞格等企业启动上市工程。", ["银光", "瑞格", "振鑫", "八达镁业", "富亨迪"]],
    ["稷山", "新材料领域,持续推进梅山湖总投资12亿元的年产6万吨超高功率石墨电极、北都碳材料6万吨压型焙烧、诺博科技8万吨增塑剂、鑫途科技3000吨氯化树脂以及唐晋纺织熔喷布生产等项目。", ["北都碳材料", "诺博科技", "鑫途科技", "唐晋纺织"]],
  ])("should find the firms inside the project names of a %s report in %s", (county, text, expected) => {
    const found = names(text, county);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found).toHaveLength(expected.length);
  });

  it.each([
    // Government platforms, sectors, herbs, places, schools, insurance schemes, brands, counts.
    ["闻喜", "持续深化财税金融改革,不断完善政府性融资担保体系,发挥国投、城投、经投等平台公司作用,为全县项目建设提供资金支持。"],
    ["临县", "通过招商引资,吸引农产品加工、轻工制造等企业入驻,带动了就业和县域经济发展。"],
    ["闻喜", "加快黄芩、远志等中药材标准化基地建设,确保中药材面积稳定在20万亩。"],
    ["闻喜", "大力培育乡贤文化,发挥乡贤“头雁”作用,带头推进移风易俗。"],
    ["盐湖", "合并上郭、冯村等13所镇级初中,大渠、北任留等12所村级小学。"],
    ["盐湖", "坚定不移把新型城镇化作为统筹城乡发展的有力抓手,推动农业精细化、特色化、功能化发展,打造中部崛起城乡融合新样板。"],
    ["河曲", "企事业单位、城乡居民养老保险、失业保险、工伤保险参保率均不低于95%。"],
    ["盐湖", "推进科创城、舜帝街、中银北路、槐东路北延、学苑路北延等项目的土地征迁。"],
    ["闻喜", "全年孵化“五小企业”351家,完成“小升规”企业8家,新增“专精特新”企业5家、高新技术企业3家、限上商贸企业15家、电商企业3家,新兴产业蓬勃发展。"],
    ["闻喜", "新增无公害农产品认证9个、绿色食品认证7个,“北垣秋柿”获得“国字号”地理标志。"],
    ["闻喜", "推荐评定示范合作社和示范家庭农场共10家,带动农民就地就业。"],
    ["盐湖", "实施席张乡王马村养殖小区二期、上郭乡郭家岔肉羊养殖、上王乡日光温室大棚蔬菜等产业扶贫项目,拓宽增收渠道,增强内生动力。"],
    ["襄汾", "深化集团化办学,提升二中教育集团及第三小学分校办学水平。"],
    ["闻喜", "建设集工业、旅游、文化为一体的玻璃之城,聚力打造全国知名的玻璃制品生产加工基地。"],
    ["静乐", "抓好饮食服务公司等6户企业公司制改制。"],
    ["文水", "实施南安、下曲、孝义、南庄4个建制镇以及上贤、南安等农村生活污水治理工程。"],
    ["闻喜", "统筹整合涉农资金3589万元、财政专项扶贫资金7185万元、产业发展资金1660万元,实施强农惠农项目264个,推动脱贫攻坚与乡村振兴有效衔接。"],
    ["文水", "充分挖掘农业、文旅等资源优势,包装推介一批“田园综合体”、农产品深加工、药茶、旅游开发等项目。"],
  ])("should find no firm in a %s report's %s", (county, text) => {
    expect(names(text, county)).toEqual([]);
  });

  it("should merge a bare trade name into the firm it abbreviates", () => {
    const report = reportOf("山西建龙产值再上新台阶,稳居全省民营企业百强第一。瞄准军工、汽车、家电等领域,支持建龙、银光等骨干企业,开发高强度结构钢、高性能镁合金型材等新产品。以银光镁业为龙头,支持瑞格、振鑫、八达镁业就地技改,不断提升铝镁合金深加工能力。");
    expect(companies(report).find((e) => e.name === "山西建龙")?.aliases).toContain("建龙");
    expect(companies(report).find((e) => e.name === "银光镁业")?.aliases).toContain("银光");
  });

  it("should keep two firms that share a prefix apart", () => {
    const report = reportOf("积极引进协鑫能源、三峡集团等新能源项目。大力发展新能源和清洁能源,推进大型风光基地建设和多场景融合开发,开展国京风电二期项目、三峡新能源河曲10万千瓦(光伏+储能)发电项目、华能申力(河北)新能源公司20万千瓦屋顶光伏和农光互补项目、协鑫能科公司综合能源项目前期工作。", "河曲");
    expect(forms(report)).toEqual(expect.arrayContaining(["三峡集团", "三峡新能源"]));
    expect(companies(report).find((e) => e.name === "三峡集团")?.aliases).not.toContain("三峡新能源");
  });

  it("should find a firm's other mentions in the report once a list names it", () => {
    const text = "瞄准军工、汽车、家电等领域,支持建龙、银光等骨干企业,开发高强度结构钢、高性能镁合金型材等新产品。发力数字经济,实施建龙无人值守连铸平台、炼钢公辅系统自动化改造、5G应用、智能安防和冀东信息智能化改造等项目,推动新型基础设施建设。冀东水泥、山西建龙先后实现超低排放。";
    expect(evidence(reportOf(text), text, "山西建龙")).toEqual(["建龙", "建龙", "山西建龙"]);
  });

  it("should point mentions at the Traditional characters of the original text", () => {
    const text = "大力發展新能源和清潔能源,推進大型風光基地建設和多場景融合開發,開展國京風電二期項目、三峽新能源河曲10萬千瓦(光伏+儲能)發電項目、華能申力(河北)新能源公司20萬千瓦屋頂光伏和農光互補項目、協鑫能科公司綜合能源項目前期工作。";
    const report = extractReport({ ...draftOf(text, TITLES.河曲), match: toSimplified(text) });
    expect(evidence(report, text, "协鑫能科公司")).toEqual(["協鑫能科公司"]);
    expect(evidence(report, text, "华能申力(河北)新能源公司")).toEqual(["華能申力(河北)新能源公司"]);
  });

  it.each([
    ["河曲", "积极引进协鑫能源、三峡集团等新能源项目。", "三峡集团", "state"],
    ["静乐", "积极推进农村信用社改制化险,成功组建了静乐农商银行。", "静乐农商银行", "bank"],
    ["盐湖", "支持立铂隆、途瑞通、运研新材料等企业,加快产品升级换代。", "立铂隆", "unknown"],
  ])("should tell the kind of firm in a %s report's %s", (county, text, name, kind) => {
    const firm = companies(reportOf(text, county)).find((e) => e.name === name);
    expect(firm?.props.kind).toBe(kind);
  });

  it("should find the named firms of 闻喜县 in the whole document", async () => {
    const { reports } = await extractFile(corpusFile("001"));
    const wenxi = reports.find((r) => r.subject?.name === "闻喜县")!;
    const found = forms(wenxi);
    for (const firm of [
      "山西建龙", "建龙", "银光镁业", "瑞格", "振鑫", "八达镁业", "晶尊", "天顺兴", "海丰", "新民玻璃", "冀东水泥", "宏伟",
      "风源机械", "泽野生物", "杨一斋", "金山实业", "富亨迪", "龙鼎沅", "凯利达", "博盛金属", "牧原", "象丰",
      "卫嫂花馍", "唯源食品", "任诚意", "华森玻璃", "汇昆商贸", "姥姥和我", "妈妈的手工坊",
    ]) {
      expect(found).toContain(firm);
    }
    // parks, platforms, places and sectors of the same report are not firms
    for (const name of companies(wenxi).map((e) => e.name)) expect(name).not.toMatch(/(?:园|区|平台|基地|中心|产业|县|镇)$/);
    expect(companies(wenxi).length).toBeLessThanOrEqual(32);
  });
});
