import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { InputFileError } from "../../src/errors.ts";
import { binarySignature, chineseScore, decodeText, firstInvalidUtf8 } from "../../ingest/decode.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

const CORPUS = CORPUS_DIR;
// Real snippets: a Simplified paragraph (000) and a Traditional one (002).
const SIMPLIFIED = readFileSync(`${CORPUS}/000_090dfbe1c96138ac.txt`, "utf8").split("\n")[8]!;
const TRADITIONAL = readFileSync(`${CORPUS}/002_a4d274eeaaa9f63b.txt`, "utf8").split("\n").slice(0, 2).join("\n");

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as InputFileError).reason;
  }
  throw new Error("expected an InputFileError");
}

const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();

describe("decode", () => {
  it("should read the corpus paragraph as it is", () => {
    expect(SIMPLIFIED).toMatch(/^刚刚过去的2020年极不平凡/);
  });

  it.each([
    ["UTF-8 without BOM", Buffer.from(SIMPLIFIED, "utf8"), "utf-8"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, "utf8")]), "utf-8"],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SIMPLIFIED, "utf16le")]), "utf-16le"],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SIMPLIFIED)]), "utf-16be"],
    ["GBK", iconv.encode(SIMPLIFIED, "gbk"), "gb18030"],
    ["GB18030", iconv.encode(SIMPLIFIED, "gb18030"), "gb18030"],
  ])("should detect %s", (_name, bytes, encoding) => {
    const decoded = decodeText(bytes, "snippet.txt");
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(SIMPLIFIED);
  });

  it.each([
    ["GBK", "gbk", "gb18030"],
    ["Big5", "big5", "big5"],
  ])("should detect Traditional text in %s", (_name, codec, encoding) => {
    const decoded = decodeText(iconv.encode(TRADITIONAL, codec), "snippet.txt");
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(TRADITIONAL);
  });

  it("should detect UTF-16LE without a BOM from its NUL pattern", () => {
    const text = "Report 2021: GDP +7.9%\n" + SIMPLIFIED.slice(0, 20);
    expect(decodeText(Buffer.from(text.repeat(3), "utf16le"), "x.txt")).toEqual({ text: text.repeat(3), encoding: "utf-16le" });
  });

  it("should use a declared charset when the bytes fit it", () => {
    expect(decodeText(iconv.encode(SIMPLIFIED, "gbk"), "p.html", { declared: "GB2312" }).encoding).toBe("gb18030");
  });

  it("should ignore a declared charset that the bytes contradict", () => {
    const decoded = decodeText(Buffer.from(SIMPLIFIED, "utf8"), "p.html", { declared: "gb2312" });
    expect(decoded).toEqual({ text: SIMPLIFIED, encoding: "utf-8" });
  });

  it.each([
    ["an empty file", Buffer.alloc(0), "empty file"],
    ["only whitespace", Buffer.from(" \r\n\t\n"), "empty file (only whitespace)"],
    ["a PNG image", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), "binary file (PNG image)"],
    ["a JPEG image", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), "binary file (JPEG image)"],
    ["a .docx (ZIP)", Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]), "binary file (ZIP archive (.docx/.xlsx/.wps are not supported: save as text or PDF))"],
    ["bytes with NULs", Buffer.from([0x41, 0x00, 0x00, 0x07, 0x42, 0x00, 0xff, 0x00, 0x00, 0x13]), "binary file (contains NUL bytes)"],
  ])("should refuse %s", (_name, bytes, reason) => {
    expect(reasonOf(() => decodeText(bytes, "f.txt"))).toBe(reason);
  });

  it("should refuse UTF-8 cut off in the middle of a character", () => {
    const bytes = Buffer.from(SIMPLIFIED, "utf8");
    const reason = reasonOf(() => decodeText(bytes.subarray(0, bytes.length - 1), "cut.txt"));
    expect(reason).toBe("not valid UTF-8, GB18030, Big5 or UTF-16 text (as UTF-8: cut off in the middle of a character at the end)");
  });

  it("should refuse UTF-8 with a byte missing in the middle, and say where", () => {
    const bytes = Buffer.from(SIMPLIFIED, "utf8");
    const broken = Buffer.concat([bytes.subarray(0, 31), bytes.subarray(32)]);
    expect(reasonOf(() => decodeText(broken, "cut.txt"))).toMatch(/^not valid UTF-8, GB18030, Big5 or UTF-16 text \(as UTF-8: invalid byte at offset 3\d\)$/);
  });

  it("should refuse Latin-1 text rather than read it as Chinese mojibake", () => {
    expect(reasonOf(() => decodeText(Buffer.from("Caf\xe9 na\xefve r\xe9sum\xe9", "latin1"), "l.txt"))).toMatch(/^not valid UTF-8/);
  });

  it("should name the file in the error message", () => {
    try {
      decodeText(Buffer.alloc(0), "reports/empty.txt");
    } catch (error) {
      expect((error as Error).message).toBe("reports/empty.txt: empty file");
    }
  });

  it("should score real Chinese high and UTF-8 read as GBK low", () => {
    expect(chineseScore(SIMPLIFIED)).toBeGreaterThan(0.95);
    expect(chineseScore(TRADITIONAL)).toBeGreaterThan(0.9);
    expect(chineseScore(iconv.decode(Buffer.from(SIMPLIFIED, "utf8"), "gb18030"))).toBeLessThan(0.3);
  });

  it("should find the first invalid UTF-8 byte", () => {
    expect(firstInvalidUtf8(Buffer.from("ab\xffc", "latin1"))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from("发展", "utf8"))).toBe(-1);
  });

  it("should know common binary signatures and not flag text", () => {
    expect(binarySignature(Buffer.from("GIF89a....."))).toBe("GIF image");
    expect(binarySignature(Buffer.from(SIMPLIFIED, "utf8"))).toBeNull();
  });
});
