import { describe, expect, it } from "vitest";
import { extractReport } from "../../ingest/extract.ts";
import { extractFile } from "../../ingest/pipeline.ts";
import { corpusFile } from "../helpers/corpus.ts";
import { draftOf } from "../helpers/drafts.ts";

function people(text: string, title = "") {
  return extractReport(draftOf(text, title)).entities.filter((e) => e.type === "Person");
}

describe("person extractor", () => {
  it.each([
    ["2021年4月13日在闻喜县第十七届人民代表大会第一次会议上县长;史玉江各位代表:现在,我代表县人民政府向大会作工作报告。", "史玉江", "县长"],
    ["我们非常高兴邀请到岚县县委副书记、政府县长王小明。出席今天新闻发布会的还有岚县政府副县长雷海云,岚县政府副县长杨秋旺。", "雷海云", "副县长"],
    ["首先,请王小明县长作介绍。", "王小明", "县长"],
  ])("should find the official in %s", (text, name, role) => {
    const person = people(text).find((p) => p.name === name);
    expect(person?.props.role).toBe(role);
  });

  it("should find a speaker whose name the header splits with semicolons", () => {
    const text = "2021年4月8日在榆社县第十七届人民代表大会第一次会议上县;长;魏;栋各位代表:现在,我代表县人民政府向大会作工作报告。";
    const report = extractReport(draftOf(text, "2021年榆社县政府工作报告"));
    const person = report.entities.find((e) => e.type === "Person");
    expect(person?.name).toBe("魏栋");
    const evidence = report.relations.find((r) => r.type === "MENTIONS" && r.target === person!.id)!.evidence[0]!;
    expect(text.slice(evidence.mentions![0]!.start, evidence.mentions![0]!.end)).toBe("魏;栋");
  });

  it("should not take a word after a title for a name", () => {
    expect(people("组建专业队长期驻守,施工队长施工期间全程在岗。").map((p) => p.name)).not.toContain("施工");
  });

  it("should skip national leaders mentioned in passing", () => {
    expect(people("习近平总书记视察山西时强调,要在高质量转型发展上迈出更大步伐。")).toEqual([]);
  });

  it("should record an official's office at the place the title names", () => {
    const report = extractReport(draftOf("出席今天新闻发布会的还有岚县政府副县长雷海云。", "新闻发布会(岚县)"));
    const person = report.entities.find((e) => e.name === "雷海云")!;
    const office = report.relations.find((r) => r.type === "HOLDS_OFFICE" && r.source === person.id)!;
    const place = report.entities.find((e) => e.id === office.target)!;
    expect(place.name).toBe("岚县");
    expect(office.props?.role).toBe("副县长");
  });

  it("should find the writer of the 娄烦县 feature in its byline (文字 王勇 图片 …提供), and no official in it", async () => {
    const [report] = (await extractFile(corpusFile("000_"))).reports;
    const writer = report!.entities.find((e) => e.type === "Person" && e.name === "王勇");
    expect(writer?.props).toMatchObject({ role: "作者", official: false });
    expect(report!.relations.some((r) => r.type === "HOLDS_OFFICE" && r.source === writer?.id)).toBe(false);
  });

  it.each([
    ["文/李明\n", "李明"],
    ["撰文：张华\n", "张华"],
  ])("should read a writer's byline %s", (line, name) => {
    expect(people(`全县经济稳中向好。\n${line}`).map((p) => [p.name, p.props.role])).toEqual([[name, "作者"]]);
  });

  it("should leave an editor out of the people, as the gold does, even where the scrape kept the credit", () => {
    const report = extractReport(draftOf("岚县推动高质量发展。\n【编辑:郭飞颖】 记者 王勇", "岚县"));
    expect(report.entities.find((e) => e.name === "郭飞颖")).toBeUndefined();
    expect(report.entities.find((e) => e.name === "王勇")?.props.role).toBe("记者");
  });
});
