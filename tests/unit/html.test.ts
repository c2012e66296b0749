import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { declaredCharset, htmlToText } from "../../ingest/html.ts";

const PAGE = readFileSync(new URL("../fixtures/read/news-page.html", import.meta.url), "utf8");

describe("html", () => {
  const text = htmlToText(PAGE);

  it("should keep the article title as a Markdown heading and the paragraphs", () => {
    expect(text.startsWith("# 谱写娄烦高质量发展新篇章\n\n")).toBe(true);
    expect(text).toContain("\n\n习近平总书记视察山西时强调，要在高质量转型发展上迈出更大步伐。\n\n");
    expect(text).toContain("\n\n## 生态建设迈上新台阶\n\n");
  });

  it.each([
    ["script", "统计代码"],
    ["script source", "_hmt"],
    ["style", "font-family"],
    ["page navigation", "要闻"],
    ["breadcrumb", "当前位置"],
    ["share toolbar", "分享到"],
    ["figure caption", "千亩湿地人工绿肺"],
    ["display:none block", "隐藏的广告文字"],
    ["hidden attribute", "另一个隐藏块"],
    ["screen-reader-only text", "屏幕阅读器提示"],
    ["aside", "热点推荐"],
    ["form", "搜索"],
    ["page footer", "All Rights Reserved"],
    ["noscript", "请启用JavaScript"],
    ["page <title> when there is an h1", "_山西频道"],
  ])("should drop the %s", (_what, fragment) => {
    expect(text).not.toContain(fragment);
  });

  it("should keep the article's own header (date and source line)", () => {
    expect(text).toContain("2021-03-02 10:15\u00a0\u00a0来源：娄烦县新闻中心");
  });

  it("should join a paragraph that the HTML source breaks between two CJK characters", () => {
    expect(text).toContain("为指导，全面贯彻落实");
  });

  it("should keep the spans of a source line apart when only source layout stands between them", () => {
    const info = '<div class="info">\n  <span>来源：肥东县融媒体中心</span>\n  <span>记者 汪启明 通讯员 陶欣怡</span>\n  <span>浏览次数：<em>3862</em></span>\n</div>';
    expect(htmlToText(info)).toBe("来源：肥东县融媒体中心 记者 汪启明 通讯员 陶欣怡 浏览次数：3862");
  });

  it("should decode entities", () => {
    expect(text).toContain("扎实开展“创森”三年行动");
  });

  it("should put list items and table rows on their own lines", () => {
    expect(text).toContain("• 晋祠泉域补水工程进入扫尾阶段\n• 汾河库尾河道整治工程进入扫尾阶段");
    expect(text).toContain("完成生态绿化 56万亩\n森林覆盖率 23%");
  });

  it("should break lines at <br>", () => {
    expect(text).toContain("文字 王勇\n图片 娄烦县新闻中心提供");
  });

  it("should keep spaces between Latin words", () => {
    expect(htmlToText("<p>GDP growth\n  was <b>7.9%</b></p>")).toBe("GDP growth was 7.9%");
  });

  it("should not put # before a heading that carries its own bullet or column tag (listing pages)", () => {
    const html = "<main><div><h3>• 【新乐招商】2022年新乐市政府工作报告</h3><p>各位代表：</p></div><h2>【要闻】</h2></main>";
    expect(htmlToText(html)).toBe("• 【新乐招商】2022年新乐市政府工作报告\n\n各位代表：\n\n【要闻】");
  });

  it("should use the <title> when the page has no h1", () => {
    expect(htmlToText("<html><head><title>2021年闻喜县政府工作报告</title></head><body><p>各位代表：</p></body></html>")).toBe(
      "2021年闻喜县政府工作报告\n\n各位代表：",
    );
  });

  it.each([
    ['<meta charset="gb2312">', "gb2312"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK" />', "GBK"],
    ["<meta name=viewport content=width=device-width>", null],
  ])("should find the declared charset in %s", (meta, charset) => {
    expect(declaredCharset(Buffer.from(`<html><head>${meta}</head></html>`))).toBe(charset);
  });
});
