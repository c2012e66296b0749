import { describe, expect, it } from "vitest";
import { cleanTitle, parseDateLine, splitReports } from "../../ingest/split.ts";
import type { NormalizedText } from "../../ingest/types.ts";

function doc(text: string): NormalizedText {
  return { text, match: text, toRaw: new Int32Array(text.length + 1) };
}

const BODY_A = "2021年4月13日在闻喜县第十七届人民代表大会第一次会议上县长;史玉江各位代表:现在,我代表县人民政府向大会作工作报告。".repeat(4);
const BODY_B = "2021年4月20日在襄汾县第十七届人民代表大会第一次会议上;刘春林;各位代表:现在,我代表县人民政府向大会报告工作。".repeat(4);
const LISTING = [
  "• 【闻喜县招商】2021年闻喜县政府工作报告",
  "",
  `    ${BODY_A}`,
  "",
  "    2025-07-08",
  "",
  "  • 【襄汾县招商】2021年襄汾县政府工作报告",
  "",
  `    ${BODY_B}`,
  "",
  "    2025-07-08",
  "",
  "有想补充的信息?点我投稿",
  "共 154 页",
].join("\n");

describe("split", () => {
  it("should cut a listing page into one report per repeated header", () => {
    const drafts = splitReports("001.txt", doc(LISTING));
    expect(drafts.map((d) => d.title)).toEqual(["2021年闻喜县政府工作报告", "2021年襄汾县政府工作报告"]);
    expect(drafts.map((d) => d.index)).toEqual([0, 1]);
  });

  it("should keep one article whole when its 【】 section heads follow a lead in prose", () => {
    const lead = "5月15日，湄潭县2024年茶产业招商推介会举行，16个项目集中签约，总投资42.6亿元。县委书记出席活动，县长致辞并推介投资环境。".repeat(4);
    const article = ["湄潭：一片茶叶“链”出百亿产业", "", lead, "", "【链上发力】从“一片叶”到“一条链”", "", BODY_A, "", "【以茶兴旅】让茶园变景区", "", BODY_B].join("\n");
    const drafts = splitReports("meitan.html", doc(article));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.text).toContain("县长致辞");
    expect(drafts[0]!.text).toContain("【以茶兴旅】");
  });

  it("should end each report before its trailing date line and drop the site chrome after it", () => {
    const [first, second] = splitReports("001.txt", doc(LISTING));
    expect(first!.text.trim().endsWith("作工作报告。")).toBe(true);
    expect(first!.dateHint).toBe("2025-07-08");
    expect(second!.text).not.toContain("点我投稿");
  });

  it("should keep offsets that point into the document text", () => {
    const text = LISTING;
    for (const draft of splitReports("001.txt", doc(text))) {
      expect(text.slice(draft.offset, draft.offset + draft.text.length)).toBe(draft.text);
    }
  });

  it("should treat a document without repeated headers as one report titled by its heading", () => {
    const text = "\n\n# 谱写娄烦高质量发展新篇章\n\n习近平总书记视察山西时强调,要在高质量转型发展上迈出更大步伐。\n\n刚刚过去的2020年极不平凡。";
    const drafts = splitReports("000.txt", doc(text));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.title).toBe("谱写娄烦高质量发展新篇章");
    expect(drafts[0]!.text.startsWith("# 谱写")).toBe(true);
  });

  it.each([
    ["• 【闻喜县招商】2021年闻喜县政府工作报告", "2021年闻喜县政府工作报告"],
    ["【新闻发布会实录】“推动高质量发展 建设美丽幸福吕梁”系列主题新闻发布会", "“推动高质量发展 建设美丽幸福吕梁”系列主题新闻发布会"],
    ["## 巩固拓展脱贫攻坚取得新成效", "巩固拓展脱贫攻坚取得新成效"],
  ])("should clean the title %s", (line, title) => {
    expect(cleanTitle(line)).toBe(title);
  });

  it.each([
    ["    2025-07-08", "2025-07-08"],
    ["2025年01月06日 19:19", "2025-01-06"],
    ["2021年工作回顾", null],
    ["2025-13-01", null],
  ])("should read the date line %s", (line, date) => {
    expect(parseDateLine(line)).toBe(date);
  });
});
