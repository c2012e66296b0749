import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  cleanControls,
  detectLayout,
  joinHardBreaks,
  nfkcWithMap,
  normalize,
  normalizeDetailed,
  removeConverterPinyin,
  removePageArtefacts,
  removeStraySpaces,
  tidyBlankLines,
  trimLines,
} from "../../ingest/normalize.ts";
import type { RawDocument } from "../../ingest/types.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

const CORPUS = CORPUS_DIR;
const CORPUS_FILES = readdirSync(CORPUS).filter((name) => name.endsWith(".txt")).sort();
const rawOf = (name: string): RawDocument => ({ source: name, format: "text", encoding: "utf-8", text: readFileSync(`${CORPUS}/${name}`, "utf8") });
const normalized = new Map(CORPUS_FILES.map((name) => [name, normalizeDetailed(rawOf(name))]));
const textOf = (prefix: string) => [...normalized].find(([name]) => name.startsWith(prefix))![1].text;

/** Converter pinyin as 004 has it: a tone-marked syllable in parentheses. */
const TONE_PINYIN = /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/;
const WRAPPED_003 = { layout: "wrapped" as const, width: 54 };
const FLOWING = { layout: "flowing" as const, width: 0 };

describe("normalize", () => {
  describe("cleanControls", () => {
    it.each([
      ["CRLF", "各位代表：\r\n现在", "各位代表：\n现在"],
      ["lone CR and form feed", "一\r二\f三", "一\n二\n三"],
      ["tab", "县长\t王小明", "县长 王小明"],
      ["zero-width space, BOM and soft hyphen", "\ufeff发\u200b展\u00ad", "发展"],
      ["control characters", "发\u0007展\u001b", "发展"],
    ])("should normalise %s", (_name, input, expected) => {
      expect(cleanControls(input).text).toBe(expected);
    });
  });

  describe("nfkcWithMap", () => {
    it.each([
      ["circled number footnote", "行动计划①实施", "行动计划1实施"],
      ["full-width brackets and digits", "（一）２０２１年", "(一)2021年"],
      ["full-width punctuation", "发展，稳定；", "发展,稳定;"],
      ["ideographic space", "县长\u3000王小明", "县长 王小明"],
      ["ellipsis (one char to three)", "等等…", "等等..."],
      ["square unit", "330万㎡", "330万m2"],
      ["compatibility ideograph", "\uf900", "\u8c48"],
      ["decomposed accent", "Cafe\u0301", "Café"],
      ["roman numeral", "Ⅲ类水质", "III类水质"],
    ])("should apply NFKC to a %s", (_name, input, expected) => {
      expect(nfkcWithMap(input).text).toBe(expected);
    });

    it("should leave CJK text, pinyin tone marks and 。、“” alone", () => {
      const text = "發(fā)展。“五力”、齊發";
      expect(nfkcWithMap(text).text).toBe(text);
    });

    it("should map a character that grew back to its origin", () => {
      const { text, toSource } = nfkcWithMap("等…完");
      expect(text).toBe("等...完");
      expect([...toSource]).toEqual([0, 1, 1, 1, 2, 3]);
    });
  });

  describe("removeConverterPinyin", () => {
    it.each([
      ["發(fā)展", "發展"],
      ["內(nèi)蒙古", "內蒙古"],
      ["兵團(tuán)", "兵團"],
      ["新聞發(fā)布會(huì)實(shí)錄", "新聞發布會實錄"],
      ["鄉(xiāng)村振興", "鄉村振興"],
      ["莫(dú)特魅力", "莫特魅力"],
      ["綠(lǜ)色", "綠色"],
      ["總量(lv4)", "總量"],
      ["我們?nèi)κ睾", "我們κ睾"],
    ])("should remove the pinyin in %s", (input, expected) => {
      expect(removeConverterPinyin(input).text).toBe(expected);
    });

    it.each([
      ["(GDP)"],
      ["(一)加快產業轉型"],
      ["(2021年)"],
      ["靜興高速(嵐縣段)"],
      ["文件(1)"],
      ["GDP(de)"],
      ["PM2.5(pm)"],
      ["Tom (á)"],
    ])("should keep the parentheses in %s", (input) => {
      expect(removeConverterPinyin(input).text).toBe(input);
    });
  });

  describe("trimLines and tidyBlankLines", () => {
    it("should strip indentation, trailing and repeated spaces", () => {
      expect(trimLines("    2021年4月13日\n嘱托  \n文字  王勇").text).toBe("2021年4月13日\n嘱托\n文字 王勇");
    });

    it("should keep at most one blank line and none at the edges", () => {
      expect(tidyBlankLines("\n\n\n\n千亩湿地\n\n\n\n## 生态\n\n").text).toBe("千亩湿地\n\n## 生态");
    });
  });

  describe("detectLayout", () => {
    it.each([
      ["000", "flowing"],
      ["001", "flowing"],
      ["002", "flowing"],
      ["003", "wrapped"],
      ["004", "flowing"],
    ])("should find corpus file %s %s", (prefix, layout) => {
      const name = CORPUS_FILES.find((file) => file.startsWith(prefix))!;
      expect(detectLayout(trimLines(rawOf(name).text).text).layout).toBe(layout);
    });
  });

  describe("removePageArtefacts", () => {
    it.each([
      ["- 23 -"],
      ["— 3 —"],
      ["第 3 页"],
      ["第3页 共20页"],
      ["3/20"],
      ["Page 3 of 20"],
    ])("should remove the page number line %s", (line) => {
      expect(removePageArtefacts(`技能培训\n\n${line}\n\n率、持证率`, "flowing").text).toBe("技能培训\n\n\n率、持证率");
    });

    it("should remove a bare number line only from wrapped text", () => {
      expect(removePageArtefacts("培训\n23\n率", "wrapped").text).toBe("培训\n率");
      expect(removePageArtefacts("培训\n23\n率", "flowing").text).toBe("培训\n23\n率");
    });

    it("should remove a running header repeated on pages of wrapped text", () => {
      const bodies = ["一年来，我们坚持稳字当头、稳中求进，县域经济发展", "一年来，我们坚持产业第一、项目为王，高质量发展步", "一年来，我们坚持巩固拓展、有效衔接，乡村振兴全面"];
      const pages = bodies.map((body) => `${body}\n五寨县人民政府文件\n`).join("");
      expect(removePageArtefacts(pages, "wrapped").text).toBe(bodies.map((body) => `${body}\n`).join(""));
    });
  });

  describe("joinHardBreaks", () => {
    it.each([
      ["a break inside a word (003)", "过去的一年，是我县发展史上具有里程碑意义的一年，也\n\n是我县全方位推动高质量发展、加快推进现代化建设进程中极", "过去的一年，是我县发展史上具有里程碑意义的一年，也是我县全方位推动高质量发展、加快推进现代化建设进程中极"],
      ["a number at a page start (003)", "提质提效。全县地区生产总值增长 7.2%，固定资产投资增长\n13.3%，社会消费品零售总额增长 16.6%，城乡居民人均可支", "提质提效。全县地区生产总值增长 7.2%，固定资产投资增长13.3%，社会消费品零售总额增长 16.6%，城乡居民人均可支"],
      ["a number and its unit (003)", "履坚实。牢固树立“项目是第一支撑”鲜明导向,总投资 21.85\n\n亿元的 10 个省市重点项目累计完成投资 10.64 亿元，占年度", "履坚实。牢固树立“项目是第一支撑”鲜明导向,总投资 21.85亿元的 10 个省市重点项目累计完成投资 10.64 亿元，占年度"],
      ["a line starting with 一期 (not a heading)", "兆瓦的 4 个风电以及杂粮产业园、物流产业园、北苑综合市场\n\n一期等项目建成投产", "兆瓦的 4 个风电以及杂粮产业园、物流产业园、北苑综合市场一期等项目建成投产"],
      ["a line that starts with a full stop", "宫峰亿建材集团有限公司、南宫顺沣建材集团获评省级“专精特新”企业\n\n。", "宫峰亿建材集团有限公司、南宫顺沣建材集团获评省级“专精特新”企业。"],
      ["a short line cut after a number (003 text, narrower page)", "全县民营主体达 8831\n\n户，民营经济占 GDP 比重达 60%以上", "全县民营主体达 8831户，民营经济占 GDP 比重达 60%以上"],
      ["a short line whose last sentence is unfinished", "提质提效。全县地区生产总值增长 7.2%，固定\n\n资产投资增长 13.3%。", "提质提效。全县地区生产总值增长 7.2%，固定资产投资增长 13.3%。"],
      ["a long subtitle and its short end (003)", "——2022 年 2 月 9 日在五寨县第十七届人民代表大会\n\n第二次会议上", "——2022 年 2 月 9 日在五寨县第十七届人民代表大会第二次会议上"],
    ])("should join %s", (_name, input, expected) => {
      expect(joinHardBreaks(input, WRAPPED_003).text).toBe(expected);
    });

    it.each([
      ["after a sentence end", "推动高质量发展，顺利实现“十四五”良好开局。\n\n一年来，我们坚持稳字当头、稳中求进，县域经济发展"],
      ["after a colon", "各位代表：\n\n现在，我代表县人民政府向大会作工作报告，请予审议，"],
      ["after a short line (speaker)", "五寨县人民政府县长 刘志成\n\n各位代表："],
      ["after a short heading", "一、2021 年工作回顾\n\n过去的一年，是我县发展史上具有里程碑意义的一年，也"],
      ["before a numbered heading", "九年义务教育巩固率达到 100%，高中阶段毛入学率不断提高\n\n（一）在产业转型上狠下功夫，着力推动高质量发展取"],
      ["a letter-spaced title after a full line", "五寨县第十七届人民代表大会第二次会议文件（1）\n\n政 府 工 作 报 告"],
      ["a short numbered heading with a comma", "（一）在产业转型上狠下功夫，着力推动\n\n产业转型快，则经济转型快。"],
      ["a source line", "来源:五寨县人民政府\n\n各位代表：现在，我代表县人民政府向大会作工作报告，请予审议，"],
    ])("should not join %s", (_name, input) => {
      expect(joinHardBreaks(input, WRAPPED_003).text).toBe(input);
    });

    it.each([
      [
        "a paragraph cut by the magazine layout (000)",
        "马铃薯产业等特色农业优势初显，生猪、蛋鸡等生态养殖初具规模，“娄烦山药蛋”“晋谷芝富锌小米”等品牌创建迈出新步。尖山铁矿、龙泉煤化气等\n\n传统工业企业“科技兴企”“科技强安”稳步推进。光伏发电商装机总规模突破120兆瓦，创建了全国电子商务进农村综合示范县。",
        "马铃薯产业等特色农业优势初显，生猪、蛋鸡等生态养殖初具规模，“娄烦山药蛋”“晋谷芝富锌小米”等品牌创建迈出新步。尖山铁矿、龙泉煤化气等传统工业企业“科技兴企”“科技强安”稳步推进。光伏发电商装机总规模突破120兆瓦，创建了全国电子商务进农村综合示范县。",
      ],
      [
        "a numbered paragraph cut inside a road's name (check set)",
        "（三）乡村振兴扎实有效。粮食总产量达到5.3亿斤。完成农村公路建设186公里，大石头至黄泥河\n公路改建工程全线贯通，沿线5个乡镇群众出行更加便捷。",
        "（三）乡村振兴扎实有效。粮食总产量达到5.3亿斤。完成农村公路建设186公里，大石头至黄泥河公路改建工程全线贯通，沿线5个乡镇群众出行更加便捷。",
      ],
    ])("should join %s in flowing text", (_name, input, expected) => {
      expect(joinHardBreaks(input, FLOWING).text).toBe(expected);
    });

    it.each([
      ["a heading and its paragraph (002)", "2021年工作回顧\n2021年是“十四五”規劃的開局之年。河曲縣堅持以習近平新時代中國特色社會主義思想為指導,認真學習貫徹黨的十九大"],
      ["a Markdown heading (000)", "## 巩固拓展脱贫攻坚取得新成效\n\n娄烦县坚持脱贫主旋律不动摇，实行挂牌督战和百日攻坚行动，开展问题整改再“回头看”，高质量完成脱贫攻坚普查任务。"],
      ["a report title and its body (001)", "• 【闻喜县招商】2021年闻喜县政府工作报告\n\n2021年4月13日在闻喜县第十七届人民代表大会第一次会议上县长;史玉江各位代表:现在,我代表县人民政府向大会作工作报告,请予审议。"],
      ["a report and its scrape date (001)", "为全面建成“实力、活力、美丽、幸福”新闻喜而努力奋斗,以优异成绩向建党100周年献礼!\n\n2025-07-08"],
      ["a cut paragraph and a heading (000)", "孔雀小镇、美美公社等一批乡村旅游点初具规模，乡村文化旅游节影响力不断扩大。全年开复工建设重点项目48\n\n## 生态建设迈上新台阶"],
      ["a title, its date and source line (004)", "【新聞發布會實錄】“推動高質量發展 建設美麗幸福呂梁”系列主題新聞發布會(縣市區專場第八場——嵐縣)\n2025年01月06日 19:19\n來源:呂梁發布"],
      ["two real paragraphs (002)", "——一心一意謀發展,縣域經濟平穩運行。全年地區生產總值實現174.2億元,增長21.1%,位居全市第二。\n加快產業轉型升級,確定“一鄉一業”項目5類28個。"],
    ])("should not join %s in flowing text", (_name, input) => {
      expect(joinHardBreaks(input, FLOWING).text).toBe(input);
    });

    it("should join Latin words with a space and split numbers without one", () => {
      const wrapped = { layout: "wrapped" as const, width: 20 };
      expect(joinHardBreaks("the county GDP grew\nquickly in 2021 and\nreached total of 15\n1.5 billion", wrapped).text).toBe(
        "the county GDP grew quickly in 2021 and reached total of 151.5 billion",
      );
    });
  });

  describe("removeStraySpaces", () => {
    it.each([
      ["letter-spaced title", "政 府 工 作 报 告", "政府工作报告", "政府工作报告"],
      ["number and unit", "总投资 21.85 亿元", "总投资21.85亿元", "总投资21.85亿元"],
      ["year and month", "2022 年 2 月 9 日", "2022年2月9日", "2022年2月9日"],
      ["clock time", "2025年01月06日 19:19", "2025年01月06日 19:19", "2025年01月06日 19:19"],
      ["date, time and source", "2021-03-02 10:15 来源", "2021-03-02 10:15 来源", "2021-03-02 10:15 来源"],
      ["role and name", "县长 王小明:", "县长 王小明:", "县长王小明:"],
      ["two slogan halves", "推动高质量发展 建设美丽幸福吕梁", "推动高质量发展 建设美丽幸福吕梁", "推动高质量发展建设美丽幸福吕梁"],
      ["a two-character name", "王 勇", "王 勇", "王勇"],
      ["Latin words", "All Rights Reserved", "All Rights Reserved", "All Rights Reserved"],
      ["Latin next to Han", "占 GDP 比重", "占 GDP 比重", "占 GDP 比重"],
    ])("should handle %s (flowing, wrapped)", (_name, input, flowing, wrapped) => {
      expect(removeStraySpaces(input, "flowing").text).toBe(flowing);
      expect(removeStraySpaces(input, "wrapped").text).toBe(wrapped);
    });
  });

  it.each([
    ["云南泰和新能源科技有 限公司年产10万吨", "云南泰和新能源科技有限公司年产10万吨"],
    ["近年来我市引进的单体投资最大的外资项 目。", "近年来我市引进的单体投资最大的外资项目。"],
    ["坚持保护为主、抢救第 一、合理利用、加强管理的方针", "坚持保护为主、抢救第一、合理利用、加强管理的方针"],
    ["弥勒市委副书记、市长 杨明哲：", "弥勒市委副书记、市长 杨明哲："],
    ["推动高质量发展 建设美丽幸福吕梁", "推动高质量发展 建设美丽幸福吕梁"],
  ])("should join a word a scraped page split with a space, and keep spaces between words: %s", (text, expected) => {
    expect(removeStraySpaces(text, "flowing").text).toBe(expected);
  });

  it("should stay linear on a long run of spaced characters that is not a title", () => {
    // 200,000 gaps: looking at the whole run again from every gap would take minutes.
    // (ending in 丁丁: `政 府` would be a word split by a space, which flowing text joins)
    const spaced = `${"政 ".repeat(200_000)}丁丁`;
    expect(removeStraySpaces(spaced, "flowing").text).toBe(spaced);
    expect(removeStraySpaces(spaced, "wrapped").text).toBe(`${"政".repeat(200_000)}丁丁`);
  });

  describe("normalize (whole corpus)", () => {
    it.each(CORPUS_FILES)("should normalise %s with a Simplified twin of the same length", (name) => {
      const { text, match, toRaw } = normalize(rawOf(name));
      expect(text.length).toBeGreaterThan(1000);
      expect(match.length).toBe(text.length);
      expect(toRaw.length).toBe(text.length + 1);
      expect(match).not.toMatch(/[發會實與區縣說]/);
    });

    it.each(CORPUS_FILES)("should leave no converter pinyin in %s", (name) => {
      expect(normalized.get(name)!.text).not.toMatch(TONE_PINYIN);
    });

    it("should have removed all of 004's pinyin", () => {
      expect(rawOf(CORPUS_FILES[4]!).text).toMatch(TONE_PINYIN);
      expect(textOf("004")).toContain("【新聞發布會實錄】“推動高質量發展 建設美麗幸福呂梁”系列主題新聞發布會(縣市區專場第八場——嵐縣)");
    });

    it("should mend 003's PDF line breaks", () => {
      const text = textOf("003");
      expect(text).toContain("固定资产投资增长13.3%,社会消费品零售总额增长16.6%");
      expect(text).toContain("总投资21.85亿元的10个省市重点项目");
      expect(text).toContain("具有里程碑意义的一年,也是我县全方位推动高质量发展");
      expect(text).toContain("稳步提升培训率、持证率、就业率、增收率。");
      expect(text).not.toMatch(/- 23 -/);
      expect(text).not.toMatch(/13\.\s+3%|13\.3\s*\n/);
    });

    it("should keep 003's title block on separate lines", () => {
      expect(textOf("003")).toMatch(
        /^五寨县第十七届人民代表大会第二次会议文件\(1\)\n\n政府工作报告\n\n——2022年2月9日在五寨县第十七届人民代表大会第二次会议上\n\n五寨县人民政府县长刘志成\n\n各位代表:\n\n现在,/,
      );
    });

    it("should keep every report title and scrape date of 001 for the splitter", () => {
      const text = textOf("001");
      expect(text.match(/^• 【[^】]+招商】.+$/gm)).toHaveLength(10);
      expect(text.match(/^2025-07-08$/gm)).toHaveLength(10);
    });

    it("should keep the headings of 000 and 002", () => {
      expect(textOf("000").match(/^## .+$/gm)).toHaveLength(8);
      expect(textOf("002")).toMatch(/^2021年工作回顧\n/);
      expect(textOf("002")).toContain("\n2022年工作安排\n");
    });

    it("should keep 004's date and source lines for the metadata stage", () => {
      expect(textOf("004")).toContain("\n2025年01月06日 19:19\n來源:呂梁發布\n");
    });

    it("should rejoin 000's paragraph around the removed photo caption", () => {
      expect(textOf("000")).toContain("完成技能培训1946人,新增就业1001人");
      expect(textOf("000")).not.toContain("水库周边绿意环绕");
    });
  });

  describe("offset map", () => {
    /**
     * Every character of `text` comes from the raw slice its map entries span:
     * that slice, NFKC'd, starts with the character(s) mapped to it (deleted
     * pinyin, spaces or lines after it are allowed), or a removed line break
     * became nothing or a space.
     */
    function checkMap(raw: string, text: string, toRaw: Int32Array, positions: number[]): void {
      for (const i of positions) {
        let a = i;
        while (a > 0 && toRaw[a - 1] === toRaw[i]) a--;
        let b = i + 1;
        while (b < text.length && toRaw[b] === toRaw[i]) b++;
        const segment = raw.slice(toRaw[a], toRaw[b]);
        const produced = text.slice(a, b);
        const ok = segment.normalize("NFKC").startsWith(produced) || (/^\s+$/.test(produced) && /^\s/.test(segment));
        if (!ok) throw new Error(`position ${i}: text ${JSON.stringify(produced)} <- raw ${JSON.stringify(segment.slice(0, 40))}`);
      }
    }

    function randomPositions(length: number, count: number, seed: number): number[] {
      let state = seed;
      const positions: number[] = [];
      for (let k = 0; k < count; k++) {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        positions.push(state % length);
      }
      return positions;
    }

    it.each(CORPUS_FILES)("should map random characters of %s back to their raw characters", (name) => {
      const raw = rawOf(name).text;
      const { text, toRaw } = normalized.get(name)!;
      checkMap(raw, text, toRaw, randomPositions(text.length, 3000, name.length + text.length));
      expect(toRaw[text.length]).toBe(raw.length);
      for (let i = 1; i < toRaw.length; i++) if (toRaw[i]! < toRaw[i - 1]!) throw new Error(`map goes back at ${i}`);
    });

    it("should map 004's text around removed pinyin to the right raw characters", () => {
      const raw = rawOf(CORPUS_FILES[4]!).text;
      const { text, toRaw } = normalized.get(CORPUS_FILES[4]!)!;
      const at = text.indexOf("新聞發布會實錄");
      expect(raw.slice(toRaw[at], toRaw[at + 7])).toBe("新聞發(fā)布會(huì)實(shí)錄");
    });

    it("should map every character of the small cases exactly", () => {
      const raw = "  发(fā)展 ①\r\n\r\n\r\n- 3 -\n\n政 府";
      const { text, toRaw } = normalize({ source: "t", format: "text", encoding: "utf-8", text: raw });
      checkMap(raw, text, toRaw, [...text].map((_, i) => i));
    });

    it("should report removed lines with their raw offsets", () => {
      const raw = rawOf(CORPUS_FILES[4]!).text;
      const { removed } = normalized.get(CORPUS_FILES[4]!)!;
      const editor = removed.find((removal) => removal.kind === "metadata")!;
      expect(raw.slice(editor.start, editor.end)).toBe("【編輯:郭飛穎】");
    });
  });
});
