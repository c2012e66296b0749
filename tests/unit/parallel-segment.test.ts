import fs from "node:fs";
import path from "node:path";
import nodejieba from "nodejieba";
import { describe, expect, it } from "vitest";
import { cut, segment } from "../../ingest/segment.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

// segment() tags in JS (ingest/pos-tags.ts) instead of calling nodejieba.tag,
// for speed; it must give exactly what nodejieba.tag gives.
function corpusSentences(): string[] {
  const texts = fs
    .readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => fs.readFileSync(path.join(CORPUS_DIR, name), "utf8"));
  return texts.join("\n").split(/(?<=[。；;！？\n])/);
}

describe("segment", () => {
  it("should give the words and tags of nodejieba.tag on every sentence of the sample corpus", () => {
    cut("");
    const mismatches: string[] = [];
    for (const sentence of corpusSentences()) {
      const expected = nodejieba.tag(sentence).map(({ word, tag }) => `${word}/${tag}`);
      const actual = segment(sentence).map(({ word, tag }) => `${word}/${tag}`);
      if (actual.join(" ") !== expected.join(" ")) mismatches.push(`${sentence.slice(0, 40)}: ${actual.join(" ")} != ${expected.join(" ")}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it.each([
    ["digits", "2021年增长7.9%", "7.9"],
    ["ASCII letters", "人均GDP突破10万元", "GDP"],
    ["a gazetteer name inserted by the project", "闻喜县坚持项目为王", "闻喜县"],
    ["a stray newline", "第一\n第二", "\n"],
  ])("should tag %s as nodejieba does", (_what, text, word) => {
    const expected = nodejieba.tag(text).find((token) => token.word === word);
    const actual = segment(text).find((token) => token.word === word);
    expect(expected).toBeDefined();
    expect(actual?.tag).toBe(expected!.tag);
  });

  it("should give offsets that point at each word in the text", () => {
    const text = "2021年4月13日在闻喜县第十七届人民代表大会第一次会议上县长;史玉江各位代表:";
    for (const token of segment(text)) expect(text.slice(token.start, token.end)).toBe(token.word);
  });
});
