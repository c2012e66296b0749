import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyLines, removeBoilerplate } from "../../ingest/boilerplate.ts";
import type { Layout } from "../../ingest/layout.ts";
import { removeConverterPinyin } from "../../ingest/pinyin.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

const CORPUS = CORPUS_DIR;
const lines = (name: string, from: number, to: number) =>
  readFileSync(`${CORPUS}/${name}`, "utf8").split("\n").slice(from - 1, to).join("\n");

/** Kind of every non-blank line, keyed by its trimmed text. */
function kinds(text: string, layout: Layout = "flowing"): Map<string, string> {
  return new Map(classifyLines(text, layout).map((info) => [info.text, info.kind ?? "content"]));
}

// 001: the last report's tail and the site's footer, submission rules included (lines 55-150).
const TAIL_001 = lines("001_330ca93b427a2047.txt", 55, 150);
// 004: navigation, title, date and source at the top; editor and copyright at the bottom
// (its converter pinyin removed first, as the pipeline does).
const HEAD_004 = removeConverterPinyin(lines("004_b5c92d6f6f85a620.txt", 1, 6)).text;
const FOOT_004 = removeConverterPinyin(lines("004_b5c92d6f6f85a620.txt", 164, 174)).text;

describe("boilerplate", () => {
  describe("site chrome of 001", () => {
    const found = kinds(TAIL_001);

    it.each([
      ["有想补充的信息?点我投稿", "chrome"],
      ["共 154 页", "chrome"],
      ["招商中心", "chrome"],
      ["400-162-2002", "contact"],
      ["• 联系我们", "navigation"],
      ["• 企业入驻", "navigation"],
      ["免费获取园区招商政策汇编", "chrome"],
      ["立即获取", "chrome"],
      ["投稿提示", "chrome"],
      ["2. 作品字数请保持在 1000~2000 字之间,以纯文本形式提交。", "terms"],
      ["我已阅读并同意《投稿须知》", "chrome"],
      ["一、产业园区网投稿信息内容规范", "terms"],
      ["1)反对宪法确定的基本原则的;", "terms"],
      ["二、违约责任", "terms"],
      ["投资咨询热线", "terms"],
      ["• 其他相关咨询", "navigation"],
    ])("should classify %s as %s", (line, kind) => {
      expect(found.get(line)).toBe(kind);
    });

    it("should keep the report title and its scrape date", () => {
      expect(found.get("• 【榆社县招商】2021年榆社县政府工作报告")).toBe("content");
      expect(found.get("2025-07-08")).toBe("content");
    });

    it("should take a contact label for part of the contact block", () => {
      const text = "以优异成绩迎接建党100周年!\n\n2025-07-08\n\n投资咨询热线\n400-162-2002\n  • 招商引资政策";
      expect([...kinds(text).values()]).toEqual(["content", "content", "contact", "contact", "navigation"]);
    });

    it("should leave the report line and nothing of the footer", () => {
      const text = removeBoilerplate(TAIL_001, "flowing").text;
      const kept = text.split("\n").filter((line) => line.trim() !== "");
      expect(kept).toHaveLength(3);
      expect(kept[2]!.trim()).toBe("2025-07-08");
    });
  });

  describe("news page furniture of 004", () => {
    it("should drop the province navigation and keep title, date and source", () => {
      const found = kinds(HEAD_004);
      expect([...found.values()]).toEqual(["navigation", "content", "content", "content", "content"]);
    });

    it.each([
      ["【編輯:郭飛穎】", "metadata"],
      ["中新圖片", "chrome"],
      ["本網站所刊載信息,不代表中新社和中新網觀點。 刊用本網站稿件,務經書面授權。", "copyright"],
      ["未經授權禁止轉載、摘編、復制及建立鏡像,違者將依法追究法律責任。", "copyright"],
      ["chinanews.com. All Rights Reserved", "copyright"],
      ["今天的新聞發布會到此結束。謝謝大家!", "content"],
      ["市委宣傳部副部長 趙鳳昌:", "content"],
    ])("should classify %s as %s", (line, kind) => {
      expect(kinds(FOOT_004).get(line)).toBe(kind);
    });
  });

  describe("captions and bylines", () => {
    it.each([
      ["000 (three blank lines around captions)", "000_090dfbe1c96138ac.txt", ["千亩湿地人工绿肺", "水库周边绿意环绕", "造林造景增绿增收"]],
      ["002 (a blank line before captions, none between paragraphs)", "002_a4d274eeaaa9f63b.txt", ["河曲縣高端莫來石耐火磚項目車間一角", "河曲縣臨隩公園全景", "天鵝戲水 大河之美", "河曲縣城新景一角", "河曲縣城新面貌"]],
    ])("should find the photo captions of %s", (_name, file, captions) => {
      const found = classifyLines(readFileSync(`${CORPUS}/${file}`, "utf8"), "flowing");
      expect(found.filter((info) => info.kind === "caption").map((info) => info.text)).toEqual(captions);
    });

    it.each([
      ["000_090dfbe1c96138ac.txt", "## 生态建设迈上新台阶"],
      ["000_090dfbe1c96138ac.txt", "# 谱写娄烦高质量发展新篇章"],
      ["002_a4d274eeaaa9f63b.txt", "2021年工作回顧"],
      ["002_a4d274eeaaa9f63b.txt", "2022年工作安排"],
    ])("should keep the heading of %s: %s", (file, heading) => {
      expect(kinds(readFileSync(`${CORPUS}/${file}`, "utf8")).get(heading)).toBe("content");
    });

    it.each([
      ["(河曲縣委宣傳部 河曲縣融媒體中心供稿)"],
      ["(責任編輯:盧相汀)"],
      ["【编辑:郭飞颖】"],
      ["图片 娄烦县新闻中心提供"],
      ["责任编辑：吴佳琪　　审核：陈立东"],
    ])("should take the byline %s for metadata", (line) => {
      expect(kinds(`正文第一段。\n${line}`).get(line)).toBe("metadata");
    });

    it.each([["文字 王勇 图片 娄烦县新闻中心提供"], ["记者 张三 通讯员 李四"], ["记者 黄思雨 通讯员 韦立新 梁月"], ["本报记者 麦嘉欣 通讯员 莫健锋 连州报道"]])("should keep the writer's byline %s for the person extractor", (line) => {
      expect(kinds(`正文第一段。\n${line}`).get(line)).toBe("content");
    });

    it("should find no captions in wrapped (PDF) text", () => {
      const text = readFileSync(`${CORPUS}/003_b08c6b5019f37984.txt`, "utf8");
      expect(classifyLines(text, "wrapped").filter((info) => info.kind === "caption")).toEqual([]);
    });

    it("should not take a short line between ordinary paragraphs for a caption", () => {
      const text = "各位代表:\n\n现在,我代表县人民政府向大会报告工作。\n\n谢谢大家\n\n下一步,我们将继续努力。";
      expect([...kinds(text).values()]).toEqual(["content", "content", "content", "content"]);
    });
  });

  describe("general rules", () => {
    it.each([
      ["首页 | 要闻 | 县域 | 政务 | 视频", "navigation"],
      ["当前位置:首页 > 县域 > 正文", "navigation"],
      ["首页 新闻 政务公开 办事服务 互动交流", "navigation"],
      ["上一篇:娄烦县召开经济工作会议", "chrome"],
      ["分享到:", "chrome"],
      ["联系电话:0351-1234567", "contact"],
      ["Copyright © 2021 山西日报", "copyright"],
      ["晋ICP备12345678号", "copyright"],
      ["免责声明:本站部分内容来源于网络,仅供参考,如有侵权请联系删除。", "copyright"],
    ])("should classify %s as %s", (line, kind) => {
      expect(kinds(`正文第一段,说明情况。\n${line}\n正文第二段,继续说明。`).get(line)).toBe(kind);
    });

    it.each([
      ["严厉打击未经许可擅自开采的违法行为。"],
      ["全县地区生产总值增长7.2%,固定资产投资增长13.3%。"],
      ["政 府 工 作 报 告"],
      ["来源:吕梁发布"],
    ])("should leave report text alone: %s", (line) => {
      expect(kinds(`正文第一段,说明情况。\n${line}\n正文第二段,继续说明。`).get(line)).toBe("content");
    });
  });
});
