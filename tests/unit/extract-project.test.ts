import { describe, expect, it } from "vitest";
import { extractReport } from "../../ingest/extract.ts";
import { extractFile } from "../../ingest/pipeline.ts";
import { toSimplified } from "../../ingest/script.ts";
import type { Entity, ReportExtraction } from "../../src/types.ts";
import { corpusFile } from "../helpers/corpus.ts";
import { draftOf } from "../helpers/drafts.ts";

function projects(text: string): Entity[] {
  return extractReport(draftOf(text)).entities.filter((e) => e.type === "Project");
}
const names = (text: string) => projects(text).map((e) => e.name);

/** Evidence spans of a project in the report text. */
function spans(report: ReportExtraction, text: string, name: string): string[] {
  const project = report.entities.find((e) => e.type === "Project" && e.name === name);
  if (!project) throw new Error(`no project ${name}`);
  const mentions = report.relations.find((r) => r.type === "MENTIONS" && r.target === project.id)!;
  return mentions.evidence.flatMap((ev) => ev.mentions ?? []).map((m) => text.slice(m.start, m.end));
}

describe("project extractor", () => {
  it.each([
    // Real sentences from the sample corpus, with the projects a reader sees in them.
    ["加快总投资6.5亿元的牧原肉联厂建设,统筹推进牧原生猪养殖、象丰肉鸡养殖基地建设,确保猪、鸡存栏量分别达到20万头、500万只。", ["牧原肉联厂", "牧原生猪养殖", "象丰肉鸡养殖基地"]],
    ["国耀1×30兆瓦生物质热电联产、总规模300兆瓦的4个风电以及杂粮产业园、物流产业园、北苑综合市场一期等项目建成投产,中国中药山西五寨产业园全面建成。", ["国耀1×30兆瓦生物质热电联产", "杂粮产业园", "物流产业园", "北苑综合市场一期", "中国中药山西五寨产业园"]],
    ["鑫源水厂建成使用,集中供暖面积达到300余万平米。", ["鑫源水厂"]],
    ["构建便捷交通。加快北环拓宽、南环改造、东环北延、滨河西路扩建、北环桥扩建,启动宁远街西延、北峰街西延、中所西路拓宽等项目。", ["北环拓宽", "南环改造", "东环北延", "滨河西路扩建", "北环桥扩建", "宁远街西延", "北峰街西延", "中所西路拓宽"]],
    ["北相镇要加快推进舜德大街、康养小区建设,启动相城大道立面改造。", ["舜德大街", "相城大道立面改造"]],
    ["重点推进磷酸铁锂二期项目开工建设,积极支持锂离子电池负极材料项目开展前期工作。", ["磷酸铁锂二期项目", "锂离子电池负极材料项目"]],
    ["推进科创城、舜帝街、中银北路、槐东路北延、学苑路北延等项目的土地征迁。", ["科创城", "舜帝街", "中银北路", "槐东路北延", "学苑路北延"]],
    ["新能源产业方面,完成李家坪二期5万千瓦风电项目建设。", ["李家坪二期5万千瓦风电项目"]],
    ["实施席张乡王马村养殖小区二期、上郭乡郭家岔肉羊养殖、上王乡日光温室大棚蔬菜等产业扶贫项目,拓宽增收渠道。", ["席张乡王马村养殖小区二期", "上郭乡郭家岔肉羊养殖", "上王乡日光温室大棚蔬菜"]],
    ["以东方希望百万头生猪养殖项目为引领,新改扩建标准化规模养殖场10个。", ["东方希望百万头生猪养殖项目"]],
    ["启动区职教中心建设。新建二十八小,扩建魏风小学后稷校区。", ["区职教中心", "魏风小学后稷校区"]],
    ["8月份建成鸿锐达医疗防护橡胶手套项目,实现当年签约当年投产。", ["鸿锐达医疗防护橡胶手套项目"]],
    ["扬帆碳素、东方希望金属镓、晋投夏工二期、达辰建材等一批重大项目投产试产。", ["东方希望金属镓", "晋投夏工二期"]],
    ["①实施城南污水处理厂提标改造工程;②新建滨河公园。", ["城南污水处理厂提标改造工程", "滨河公园"]],
    ["一次性丁腈手套项目快速推进,非煤产业占工业增加值比重达到17.3%。", ["一次性丁腈手套项目"]],
    // 建设路 and 建设路桥 are names: the verb 建设 at their start is not stripped
    ["抓好稷峰街东延、富强街西延、建设路北延、大佛路南延等路网建设,改造提升后稷街等道路路面,打通堵点、难点,不断提升城市通行能力。", ["稷峰街东延", "富强街西延", "建设路北延", "大佛路南延", "后稷街"]],
    ["建设路桥、田家窑桥、振武街桥、安泰街桥全部建成,民福街改造工程完工。", ["建设路桥", "田家窑桥", "振武街桥", "安泰街桥", "民福街改造工程"]],
    // 如期 (on schedule) before the verb is not part of the name
    ["翟店园区被确定为国家出口工业产品质量安全示范区和国家小微企业“双创”示范基地,超硬材料“双创”示范基地如期建成。", ["超硬材料“双创”示范基地"]],
    // 开展 carries out campaigns, but a clause about projects' preparatory work still names projects
    ["推进大型风光基地建设和多场景融合开发,开展国京风电二期项目、三峡新能源河曲10万千瓦(光伏+储能)发电项目、华能申力(河北)新能源公司20万千瓦屋顶光伏和农光互补项目、协鑫能科公司综合能源项目前期工作。", ["国京风电二期项目", "三峡新能源河曲10万千瓦(光伏+储能)发电项目", "华能申力(河北)新能源公司20万千瓦屋顶光伏", "农光互补项目", "协鑫能科公司综合能源项目"]],
    // a stretch along a river (汾河堤外) is no project; the rivers given the list's work are
    ["完成文峪河生态环境综合治理南延550米、汾河沿线7个坑塘整治工程,推动汾河堤外、文峪河、磁窑河生态修复及景观建设。", ["文峪河生态修复", "磁窑河生态修复"]],
    // the zone names its own institutions, as 县 and 区 do (开发区服务中心, not 区服务中心)
    ["加快开发区服务中心、园区骨干路、给排水等项目建设,新建中国·闻喜玻璃文创馆。", ["开发区服务中心", "园区骨干路", "中国·闻喜玻璃文创馆"]],
    // 15分钟商圈 is how far shops should be, not a place built
    ["加快天悦城、吾悦广场、红星美凯龙、绿地城际空间站、运城北站公交枢纽服务中心等综合体建设,构建15分钟商圈。", ["天悦城", "吾悦广场", "红星美凯龙综合体", "绿地城际空间站", "运城北站公交枢纽服务中心"]],
    // the stated length and the way it is run are not part of the name
    ["完成总长度1000公里长城一号旅游路网建设,实现与机场、高铁站、高速路贯通成网。", ["长城一号旅游路网"]],
    ["加快南徐地下水处理厂及配套管网建设,推进县城污水处理厂第三方运营,选址新建第二垃圾填埋场;", ["南徐地下水处理厂及配套管网"]],
    // a firm whose name starts with 集 (集福) is not 集…于一体; a clause of that kind still gives only its head
    ["坚持龙头带动,推进晋龙集团20万吨饲料生产线、年存栏100万羽青年鸡、300万只蛋鸡养殖三个项目和集福食品15000吨冷库储藏冷链物流等项目。", ["晋龙集团20万吨饲料生产线", "年存栏100万羽青年鸡", "集福食品15000吨冷库储藏冷链物流"]],
    ["建设集研发、生产、销售于一体的智能制造产业园。", ["智能制造产业园"]],
  ])("should find the projects of %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["城西新区初显雏型。总投资16.6亿元的新县人民医院、创新大道、涑水西街等8个项目加紧建设。", "新县人民医院", "16.6亿元"],
    ["重点抓好总投资1.8亿元的金山实业年产11万吨再生铅及再生颗粒塑料等项目建设。", "金山实业年产11万吨再生铅及再生颗粒塑料", "1.8亿元"],
    ["谋划建设投资20亿元的钢铁小镇,串联沿河产业基地、景观节点。", "钢铁小镇", "20亿元"],
    ["加快推动总投资3.8亿元的国家农村产业融合发展示范园小杂粮产业园、总投资3亿元的健康养生茶产业园、总投资5亿元的东方希望全产业链生猪养殖。", "健康养生茶产业园", "3亿元"],
    ["加快推动总投资3.8亿元的国家农村产业融合发展示范园小杂粮产业园、总投资3亿元的健康养生茶产业园、总投资5亿元的东方希望全产业链生猪养殖。", "东方希望全产业链生猪养殖", "5亿元"],
  ])("should read the investment stated before the project in %s", (text, name, investment) => {
    const project = projects(text).find((p) => p.name === name);
    expect(project?.props.investment).toBe(investment);
  });

  it("should read 项目 followed by a converter's pinyin (五寨县 2022) without failing, and find no project in it", () => {
    expect(names("产业集聚区是高质量发展的主阵地，我们要强化项目(zhǎn)建设，深化二次改革。")).toEqual([]);
  });

  it("should give an investment only to the project it stands before", () => {
    const project = projects("总投资16.6亿元的新县人民医院、创新大道、涑水西街等8个项目加紧建设。").find((p) => p.name === "创新大道");
    expect(project?.props.investment).toBeUndefined();
  });

  it.each([
    ["启动河底镇、畖底镇、薛店镇污水处理站建设项目,加强涑水河沿线企业排污监管。", ["河底镇污水处理站", "畖底镇污水处理站", "薛店镇污水处理站"], ["河底镇", "畖底镇"]],
    ["实施涑水河闻喜段、沙渠河孙村至吕庄水库段、青龙河寺家庄至王赵段等河道治理工程,疏浚河道。", ["涑水河闻喜段河道治理", "沙渠河孙村至吕庄水库段河道治理", "青龙河寺家庄至王赵段河道治理"], ["涑水河闻喜段"]],
    ["强力推动岳坛、陶上、原王庄、周家坡、张家坡城中村改造,顺利打通人民北路、中银北路。", ["岳坛城中村改造", "陶上城中村改造", "原王庄城中村改造", "周家坡城中村改造", "张家坡城中村改造", "人民北路", "中银北路"], ["岳坛"]],
    ["推进官道河、干河、鸭子池、姚暹渠综合治理和半坡调蓄库土地征迁。", ["官道河综合治理", "干河综合治理", "鸭子池综合治理", "姚暹渠综合治理", "半坡调蓄库"], ["鸭子池"]],
  ])("should give the shared head of a list to every item of %s", (text, expected, shortForms) => {
    const found = projects(text);
    expect(found.map((p) => p.name)).toEqual(expected);
    for (const short of shortForms) expect(found.some((p) => p.aliases.includes(short))).toBe(true);
  });

  it("should read a road's head before its other name in brackets and cut the length after it", () => {
    const [road] = projects("六是提升改造王东线(舜王路)道路11公里。");
    expect(road!.name).toBe("王东线(舜王路)");
    expect(road!.aliases).toEqual(["王东线", "舜王路"]);
  });

  it("should keep a name in brackets as an alias of the whole", () => {
    const [first] = projects("今年要实施完成中华裴氏家风家教馆(中华裴氏宰相文博馆)、杨深秀纪念馆项目建设。");
    expect(first!.name).toBe("中华裴氏家风家教馆(中华裴氏宰相文博馆)");
    expect(first!.aliases).toEqual(["中华裴氏宰相文博馆", "中华裴氏家风家教馆"]);
  });

  it.each([
    ["全年新开工项目121个,复工续建项目25个,开工率246%。", "counts of projects"],
    ["围绕上述目标,今年将聚力实施九大战略工程,强力推进160个重点项目。", "generic classes and counts"],
    ["支持建龙、银光等骨干企业,开发高强度结构钢、高性能镁合金型材等新产品。", "a list of firms"],
    ["尽快完成污水处理、供水、供电等基础设施配套工程,聚力打造中西部精品钢生产基地。", "a positioning goal and generic utilities"],
    ["二是实施村庄清洁工程,完成5000户农村卫生厕所改造任务。", "a campaign called 工程"],
    ["以杜仲、山楂、蔬菜、中药材等为重点的特色农业得到较快发展。", "a list of crops"],
    ["非法集资、金融诈骗等违法行为得到有效遏制。", "a list of offences"],
    ["建设高标准农田5万亩、小麦原材料生产基地1万亩。", "areas of farmland"],
    ["黄河西口古渡景区成功创建国家3A级旅游景区。", "an honorary title"],
    ["奋力建设“实力、活力、美丽、幸福”新闻喜。", "a slogan about the place"],
    ["以成功申报国家现代农业产业园为契机,做大做强蛋鸡产业。", "a designation applied for"],
    ["聚焦“8+6”产业集群和“六新”项目发展方向。", "quoted slogans with a head"],
    ["打造绿树掩映、花草相连的绿色生态村庄。", "a description of villages"],
    ["紧紧围绕打造运城副中心城市、黄河金三角地区文旅康养中心、现代物流中心、中西部精品钢生产基地。", "roles the place aims at"],
    ["加强大气污染防治,开展扬尘综合治理、秸秆禁烧、烟花爆竹禁燃禁放等专项行动,完成“煤改电”162户。", "campaigns carried out"],
    ["大力开展交通秩序整治,加强停车场地设施建设管理。", "a campaign carried out"],
    ["深入开展危废专项整治。", "a special campaign"],
    ["支持康欣药业建立省级技术中心、大象农牧创建重点实验室、野山坡食品建成省级工程技术中心。", "firms founding labs"],
    ["建立高新技术企业培育库,按照培育一批、成熟一批、申报一批原则。", "a register of firms"],
    ["聚焦人才招引,大力开展“运才兴运”行动,建立稷山籍在外优秀人才数据库。", "a register of people"],
    ["举办龙澍峪祈福节、荷花园文化旅游节等重大节庆活动,组织太平绣球、汾城小米醋、丁村土布等非遗项目进驻景区。", "intangible heritage called 项目"],
    ["严格安全监管执法,确保亿元GDP生产安全事故死亡率控制在约束性指标以内。", "a target kept within a limit"],
    ["开发区改革成效显著,合并盐湖工业园和文化产业园区,成立高新技术产业开发区。", "parks merged, not built"],
    ["强化旅游环境综合治理,加快景区景点沿线的美化绿化彩化亮化。", "work on nothing named"],
    ["建设中部地区重要的电力外送基地,外送电规模达到1000亿度;", "a role described by its rank in a region"],
    ["形成年产11万吨风电塔筒生产能力,建成我省重要的风电装备基地。", "a role reached"],
    ["支持晋能科技与科研院所深度合作,建立博士后工作站,研发引进高精尖端技术。", "a generic research post"],
    ["推进仓储保鲜冷链设施建设,支持野山坡食品研发沙棘药茶。", "a class of facilities"],
  ])("should find no project in %s (%s)", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("should join names broken by stray spaces of PDF text and point at the original characters", () => {
    const text = "国耀 1×30 兆瓦生物质热电联产、总规模 300 兆瓦的 4 个风电以及杂粮产业园、物流产业园等项目建成投产。";
    const report = extractReport(draftOf(text));
    expect(report.entities.filter((e) => e.type === "Project").map((e) => e.name)).toEqual(["国耀1×30兆瓦生物质热电联产", "杂粮产业园", "物流产业园"]);
    expect(spans(report, text, "国耀1×30兆瓦生物质热电联产")).toEqual(["国耀 1×30 兆瓦生物质热电联产"]);
  });

  it("should read Traditional text through its Simplified twin and point at the Traditional characters", () => {
    const text = "重點推進磷酸鐵鋰二期項目開工建設,積極支持鋰離子電池負極材料項目開展前期工作;實施大石溝、鄔家溝生態治理項目,力爭完成水土流失治理7萬畝。";
    const draft = { ...draftOf(text), match: toSimplified(text) };
    const report = extractReport(draft);
    const found = report.entities.filter((e) => e.type === "Project").map((e) => e.name);
    expect(found).toEqual(["磷酸铁锂二期项目", "锂离子电池负极材料项目", "大石沟生态治理项目", "邬家沟生态治理项目"]);
    expect(spans(report, text, "磷酸铁锂二期项目")).toEqual(["磷酸鐵鋰二期項目"]);
    expect(spans(report, text, "大石沟生态治理项目")).toEqual(["大石溝"]);
  });

  it("should point the evidence of every project at its own characters", () => {
    const text = "加快北环线、东镇高速互通道拓宽改造、兴闻西街道路拓宽改造、康宁路二期、城东路南延、小街小巷改造等14项道路工程建设。";
    const report = extractReport(draftOf(text));
    for (const project of report.entities.filter((e) => e.type === "Project")) {
      expect(spans(report, text, project.name)).toEqual([project.name]);
    }
  });

  it("should find named projects of 闻喜县 with their investment in the whole document", async () => {
    const { reports } = await extractFile(corpusFile("001"));
    const wenxi = reports.find((r) => r.subject?.name === "闻喜县")!;
    const byName = new Map(wenxi.entities.filter((e) => e.type === "Project").map((e) => [e.name, e]));
    expect(byName.get("新县人民医院")?.props.investment).toBe("16.6亿元");
    expect(byName.get("牧原肉联厂")?.props.investment).toBe("6.5亿元");
    expect(byName.get("河底镇污水处理站")?.aliases).toContain("河底镇");
    expect(byName.has("鑫源水厂")).toBe(true);
    expect(byName.has("重点项目")).toBe(false);
    const hasProject = wenxi.relations.filter((r) => r.type === "HAS_PROJECT");
    expect(hasProject.length).toBe(byName.size);
  });
});
