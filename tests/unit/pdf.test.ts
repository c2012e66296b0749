import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputFileError } from "../../src/errors.ts";
import { layoutPage, pdfToText } from "../../ingest/pdf.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/read/${name}`, import.meta.url)));

/** The text layer of the fixtures (tests/fixtures/read/make-pdf-fixtures.ts), lines as printed. */
const EXPECTED = [
  "政 府 工 作 报 告",
  "",
  "一年来，我们坚持稳字当头、稳中求进，县域经济发展",
  "提质提效。全县地区生产总值增长 7.2%，固定资产投资增长",
  "",
  "- 1 -",
  "",
  "13.3%，社会消费品零售总额增长 16.6%，城乡居民人均可支",
  "配收入分别增长 8.8%、11.5%。",
  "",
  "一年来，我们坚持产业第一、项目为王，高质量发展步",
  "履坚实。总投资 21.85 亿元的 10 个省市重点项目累计完成投",
  "资 10.64 亿元。",
  "",
  "- 2 -",
].join("\n");

async function reasonOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as InputFileError).reason;
  }
  throw new Error("expected an InputFileError");
}

const item = (str: string, x: number, y: number, width: number, hasEOL = false, size = 12) => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width,
  height: size,
  hasEOL,
});

describe("pdf", () => {
  it.each([
    ["Identity-H with a ToUnicode map", "report-identity.pdf"],
    ["the predefined UniGB-UCS2-H CMap (bundled cmaps)", "report-unigb.pdf"],
  ])("should read the text layer of a PDF using %s", async (_setup, name) => {
    expect(await pdfToText(fixture(name), name)).toBe(EXPECTED);
  });

  it("should refuse a PDF without a text layer", async () => {
    expect(await reasonOf(() => pdfToText(fixture("scanned.pdf"), "scanned.pdf"))).toBe("PDF has no text layer (scanned?)");
  });

  it("should refuse a damaged PDF", async () => {
    const broken = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n");
    expect(await reasonOf(() => pdfToText(broken, "broken.pdf"))).toMatch(/^damaged or invalid PDF \(/);
  });

  it("should refuse a PDF cut off before its pages", async () => {
    const cut = fixture("report-identity.pdf").subarray(0, 3000);
    expect(await reasonOf(() => pdfToText(cut, "cut.pdf"))).toMatch(/^damaged or invalid PDF/);
  });

  describe("layoutPage", () => {
    it("should merge items on one baseline and start a line where the baseline moves", () => {
      const items = [item("增长", 72, 700, 24), item("13.3%", 96, 700, 30), item("，社会", 126, 700, 36), item("消费", 72, 678, 24)];
      expect(layoutPage(items)).toBe("增长13.3%，社会\n消费");
    });

    it("should put a space where Latin words are set apart on the line", () => {
      expect(layoutPage([item("GDP", 72, 700, 20), item("growth", 98, 700, 36)])).toBe("GDP growth");
    });

    it("should end a line where pdfjs marks an end of line", () => {
      expect(layoutPage([item("各位代表：", 72, 700, 60, true), item("现在", 72, 700, 24)])).toBe("各位代表：\n现在");
    });

    it("should leave a blank line at a gap wider than the usual line spacing", () => {
      const items = [item("甲", 72, 700, 12), item("乙", 72, 680, 12), item("丙", 72, 660, 12), item("丁", 72, 600, 12)];
      expect(layoutPage(items)).toBe("甲\n乙\n丙\n\n丁");
    });
  });
});
