import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_LENGTH, splitSentences } from "../../ingest/sentences.ts";

describe("sentences", () => {
  it("should cut at Chinese end punctuation and semicolons, keeping closing quotes", () => {
    const text = "扎实做好“六稳”“六保”工作。全县地区生产总值完成151.5亿元;规上工业增加值完成59.9亿元!他说:“好。”下一句";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "扎实做好“六稳”“六保”工作。",
      "全县地区生产总值完成151.5亿元;",
      "规上工业增加值完成59.9亿元!",
      "他说:“好。”",
      "下一句",
    ]);
  });

  it("should give offsets that slice back to each sentence", () => {
    const text = "  第一句。\n\n第二句;第三句";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("should cut overlong sentences at commas so evidence stays readable", () => {
    const text = `${"推动项目建设,".repeat(120)}。`;
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(sentences.map((s) => s.text).join("")).toBe(text);
  });
});
