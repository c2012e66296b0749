import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { hasTraditional, toSimplified } from "../../ingest/script.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

const CORPUS = CORPUS_DIR;
const corpusFile = (name: string) => readFileSync(`${CORPUS}/${name}`, "utf8");

describe("script", () => {
  it.each([
    ["河曲縣高端莫來石耐火磚項目車間一角", "河曲县高端莫来石耐火砖项目车间一角"],
    ["【新聞發布會實錄】", "【新闻发布会实录】"],
    ["嵐縣政府副縣長 楊秋旺:", "岚县政府副县长 杨秋旺:"],
    ["乾坤一擲，乾乾淨淨", "乾坤一掷，干干净净"],
    ["2021年工作回顧", "2021年工作回顾"],
    ["娄烦县坚持脱贫主旋律不动摇", "娄烦县坚持脱贫主旋律不动摇"],
  ])("should convert %s to Simplified", (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it.each([
    ["衞生院", "卫生院"],
    ["綫路改造", "线路改造"],
    ["什么", "什么"],
    ["显著成效", "显著成效"],
  ])("should convert Hong Kong and Taiwan variant forms, never Simplified characters: %s", (text, expected) => {
    expect(toSimplified(text)).toBe(expected);
  });

  it("should keep a Simplified document's own variant characters in names, and convert Traditional documents whole", () => {
    const simplified = corpusFile("001_330ca93b427a2047.txt");
    expect(simplified.includes("乾宏机械")).toBe(true);
    expect(toSimplified(simplified).includes("乾宏机械")).toBe(true);
    const traditional = corpusFile("002_a4d274eeaaa9f63b.txt");
    expect(hasTraditional(toSimplified(traditional))).toBe(false);
  });

  it("should keep the length and the alignment of every character", () => {
    const text = corpusFile("004_b5c92d6f6f85a620.txt");
    const simplified = toSimplified(text);
    expect(simplified.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) {
      if (simplified[i] !== text[i]) expect(toSimplified(text[i]!).length).toBe(1);
    }
  });

  it("should leave characters whose Simplified form is outside the BMP as they are", () => {
    // 㗲 simplifies to 𠵾 (two UTF-16 units): converting it would shift every later offset.
    expect(toSimplified("㗲發")).toBe("㗲发");
  });

  it.each(["002_a4d274eeaaa9f63b.txt", "004_b5c92d6f6f85a620.txt", "000_090dfbe1c96138ac.txt"])(
    "should agree with opencc-js t->cn on corpus file %s",
    (name) => {
      const text = corpusFile(name);
      const opencc = OpenCC.Converter({ from: "t", to: "cn" })(text);
      expect(opencc.length).toBe(text.length);
      expect(toSimplified(text)).toBe(opencc);
    },
  );

  it("should tell Traditional text from Simplified text", () => {
    expect(hasTraditional("河曲縣")).toBe(true);
    expect(hasTraditional("河曲县")).toBe(false);
  });
  it("should write the aspect particle 著 as 着 after a verb, and keep 著 in 著名 and 著作", () => {
    expect(toSimplified("政府圍著企業轉，企業圍著市場轉")).toBe("政府围着企业转，企业围着市场转");
    expect(toSimplified("隨著經濟發展，意味著機遇")).toBe("随着经济发展，意味着机遇");
    expect(toSimplified("華為等著名企業有著作權")).toBe("华为等著名企业有著作权");
  });
});
