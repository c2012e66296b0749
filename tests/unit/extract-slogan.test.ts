import { describe, expect, it } from "vitest";
import { extractReport } from "../../ingest/extract.ts";
import { draftOf } from "../helpers/drafts.ts";

function slogans(text: string) {
  return extractReport(draftOf(text)).entities.filter((e) => e.type === "Slogan");
}
const names = (text: string) => slogans(text).map((e) => e.name);

describe("slogan extractor", () => {
  it.each([
    // Real sentences from the sample corpus, with the slogans a reader sees in them.
    ["全面落实省委“四为四高两同步”总体思路和要求,紧扣市委“五抓一优一促”经济工作主抓手,扎实做好“六稳”“六保”工作,全力实施“1146”发展战略。", ["四为四高两同步", "五抓一优一促", "六稳", "六保", "1146"]],
    ["完成“煤改气”540户、“煤改电”13597户。", ["煤改气", "煤改电"]],
    ["严格落实“河长制”要求。", ["河长制"]],
    ["紧盯“两不愁三保障”,深入推进“八大工程二十一项行动”。", ["两不愁三保障", "八大工程二十一项行动"]],
    ["同时构建了“四位一体”生态扶贫、“一网三超”社会扶贫、“党建+扶贫”等一批创新机制。", ["四位一体", "一网三超", "党建+扶贫"]],
    ["培育“专精特新”“小巨人”企业。", ["专精特新", "小巨人"]],
  ])("should find the slogans of %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["黄河西口古渡景区成功创建“国家3A级旅游景区”。", "an honorary title after 成功创建"],
    ["打造“娄烦山药蛋”品牌。", "a product brand"],
    ["迅速筑起联防联控的“钢铁长城”。", "a figure of speech"],
    ["培育经济发展“新引擎”。", "a metaphor after 的-phrase"],
    ["努力为群众守好“防线”。", "an ordinary word quoted for emphasis"],
    ["鼓励“姥姥和我”“妈妈的手工坊”等手工艺优势企业扩大规模。", "names of firms in a list of firms"],
    ["积极打造“五寨美食”。", "a place brand whose numeral belongs to the place name"],
    ["没有安全稳定这个“1”,任何发展都是“0”,必须统筹好发展和安全。", "lone digits quoted for emphasis"],
  ])("should not take %s for a slogan (%s)", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("should keep the head noun in the full form", () => {
    const [slogan] = slogans("全力实施“1146”发展战略。");
    expect(slogan!.props.full).toBe("“1146”发展战略");
  });

  it("should share the head of a chain of quotes", () => {
    const full = slogans("扎实做好“六稳”“六保”工作。").map((s) => s.props.full);
    expect(full).toEqual(["“六稳”工作", "“六保”工作"]);
  });

  it("should point its evidence at the quoted characters", () => {
    const text = "全力实施“1146”发展战略。";
    const report = extractReport(draftOf(text));
    const slogan = report.entities.find((e) => e.type === "Slogan")!;
    const mention = report.relations.find((r) => r.type === "MENTIONS" && r.target === slogan.id)!.evidence[0]!.mentions![0]!;
    expect(text.slice(mention.start, mention.end)).toBe("1146");
  });
});
