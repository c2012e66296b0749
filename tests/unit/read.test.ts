import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputFileError } from "../../src/errors.ts";
import { normalize } from "../../ingest/normalize.ts";
import { MAX_FILE_BYTES, listInputFiles, readDocument } from "../../ingest/read.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

const CORPUS = CORPUS_DIR;
const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../fixtures/read");
const PARAGRAPH = readFileSync(`${CORPUS}/000_090dfbe1c96138ac.txt`, "utf8").split("\n")[8]!;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);

async function reasonOf(file: string): Promise<string> {
  try {
    await readDocument(file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).source).toBe(file);
    return (error as InputFileError).reason;
  }
  throw new Error(`expected ${file} to fail`);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kg-read-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("read", () => {
  describe("readDocument", () => {
    it("should read a corpus text file unchanged", async () => {
      const file = `${CORPUS}/002_a4d274eeaaa9f63b.txt`;
      const raw = await readDocument(file);
      expect(raw).toEqual({ source: file, format: "text", encoding: "utf-8", text: readFileSync(file, "utf8") });
    });

    it.each([
      ["GBK", "gbk", "gb18030"],
      ["UTF-16LE with BOM", "utf16le-bom", "utf-16le"],
    ])("should read a %s text file", async (_name, codec, encoding) => {
      const file = at(`report-${codec}.txt`);
      const bytes = codec === "gbk" ? iconv.encode(PARAGRAPH, "gbk") : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PARAGRAPH, "utf16le")]);
      writeFileSync(file, bytes);
      expect(await readDocument(file)).toMatchObject({ format: "text", encoding, text: PARAGRAPH });
    });

    it("should read an HTML page as its visible text", async () => {
      const raw = await readDocument(path.join(FIXTURES, "news-page.html"));
      expect(raw.format).toBe("html");
      expect(raw.encoding).toBe("utf-8");
      expect(raw.text).toMatch(/^# 谱写娄烦高质量发展新篇章\n/);
      expect(raw.text).not.toContain("统计代码");
    });

    it("should read a GBK page through its meta charset", async () => {
      const page = readFileSync(path.join(FIXTURES, "news-page.html"), "utf8").replace('<meta charset="utf-8">', '<meta charset="gb2312">');
      const file = at("gbk-page.htm");
      writeFileSync(file, iconv.encode(page, "gbk"));
      const raw = await readDocument(file);
      expect(raw.encoding).toBe("gb18030");
      expect(raw.text).toContain("统筹整合2.25亿元，实施巩固提升脱贫攻坚成果行动计划。");
    });

    it("should read a PDF's text layer", async () => {
      const raw = await readDocument(path.join(FIXTURES, "report-identity.pdf"));
      expect(raw.format).toBe("pdf");
      expect(raw.encoding).toBe("pdf");
      expect(raw.text).toContain("固定资产投资增长\n\n- 1 -\n\n13.3%");
    });

    it.each([
      ["a text file with an unknown extension", "notes.report", PARAGRAPH, "text"],
      ["an HTML page with an unknown extension", "page.asp", `<!DOCTYPE html><html><body><p>${PARAGRAPH}</p></body></html>`, "html"],
      ["a PDF whatever its extension", "scan.txt", readFileSync(path.join(FIXTURES, "report-identity.pdf")), "pdf"],
    ])("should read %s", async (_name, name, content, format) => {
      writeFileSync(at(name), content);
      expect((await readDocument(at(name))).format).toBe(format);
    });

    it.each([
      ["an empty file", "empty.txt", "", "empty file"],
      ["a PNG image named .txt", "photo.txt", PNG, "binary file (PNG image)"],
      ["a PNG image named .pdf", "photo.pdf", PNG, "binary file (PNG image), not a PDF"],
      ["a text file named .pdf", "fake.pdf", PARAGRAPH, "not a PDF file (no %PDF header)"],
      ["an HTML page with nothing visible", "blank.html", "<html><body><script>x()</script></body></html>", "HTML page has no visible text"],
    ])("should refuse %s", async (_name, name, content, reason) => {
      writeFileSync(at(name), content);
      expect(await reasonOf(at(name))).toBe(reason);
    });

    it("should refuse truncated UTF-8", async () => {
      const bytes = Buffer.from(PARAGRAPH, "utf8");
      writeFileSync(at("cut.txt"), bytes.subarray(0, bytes.length - 2));
      expect(await reasonOf(at("cut.txt"))).toMatch(/^not valid UTF-8, GB18030, Big5 or UTF-16 text/);
    });

    it("should refuse a scanned PDF", async () => {
      expect(await reasonOf(path.join(FIXTURES, "scanned.pdf"))).toBe("PDF has no text layer (scanned?)");
    });

    it("should refuse a missing file, a folder, and a file over the size limit", async () => {
      expect(await reasonOf(at("missing.txt"))).toBe("no such file or directory");
      expect(await reasonOf(dir)).toBe("is a directory, not a file");
      writeFileSync(at("huge.txt"), "");
      truncateSync(at("huge.txt"), MAX_FILE_BYTES + 1); // sparse: nothing is written
      expect(await reasonOf(at("huge.txt"))).toMatch(/^file too large \(256 MB; the limit is 256 MB\)$/);
    });

    it("should read and normalise a 50 MB file made of one line", async () => {
      const sentence = PARAGRAPH.slice(0, 60);
      const line = sentence.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(sentence)));
      writeFileSync(at("one-line.txt"), line);
      const raw = await readDocument(at("one-line.txt"));
      expect(raw.text.length).toBe(line.length);
      const normalized = normalize(raw);
      expect(normalized.text.length).toBeGreaterThan(line.length * 0.9);
      expect(normalized.match.length).toBe(normalized.text.length);
    });
  });

  describe("listInputFiles", () => {
    it("should walk folders in sorted order, keep report extensions, skip hidden entries", async () => {
      const root = at("tree");
      for (const sub of ["b", "a/nested", ".git"]) mkdirSync(path.join(root, sub), { recursive: true });
      for (const file of ["b/2.txt", "b/1.html", "a/nested/z.pdf", "a/c.md", "a/photo.jpg", "a/old.docx", "a/.draft.txt", ".git/HEAD.txt", "top.htm", "notes.log"]) {
        writeFileSync(path.join(root, file), "x");
      }
      symlinkSync(path.join(root, "b/2.txt"), path.join(root, "link.txt"));
      const files = await listInputFiles([root]);
      expect(files.map((file) => path.relative(root, file))).toEqual(["a/c.md", "a/nested/z.pdf", "b/1.html", "b/2.txt", "link.txt", "top.htm"]);
    });

    it("should keep explicitly named files whatever their extension, and missing paths, once each", async () => {
      const root = at("tree");
      const files = await listInputFiles([path.join(root, "notes.log"), root, path.join(root, "b/2.txt"), at("nowhere.txt")]);
      expect(files[0]).toBe(path.join(root, "notes.log"));
      expect(files.filter((file) => file.endsWith("2.txt"))).toHaveLength(1);
      expect(files.at(-1)).toBe(at("nowhere.txt"));
    });

    it("should leave out a folder's README but read one named explicitly", async () => {
      const root = at("documented");
      mkdirSync(root, { recursive: true });
      for (const file of ["README.md", "LICENSE", "report.md"]) writeFileSync(path.join(root, file), "x");
      expect((await listInputFiles([root])).map((file) => path.basename(file))).toEqual(["report.md"]);
      expect(await listInputFiles([path.join(root, "README.md")])).toEqual([path.join(root, "README.md")]);
    });

    it("should list the corpus in file-name order, without its README", async () => {
      const files = await listInputFiles([CORPUS]);
      expect(files.map((file) => path.basename(file))).toEqual([
        "000_090dfbe1c96138ac.txt",
        "001_330ca93b427a2047.txt",
        "002_a4d274eeaaa9f63b.txt",
        "003_b08c6b5019f37984.txt",
        "004_b5c92d6f6f85a620.txt",
      ]);
    });
  });
});
