/**
 * Report ids: the same report keeps its id wherever its file lies (a corpus
 * moved, copied or mounted elsewhere), and a changed text gets a new one.
 * On the scraped page of ten reports (/work/shared/corpus/001_…).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFile } from "../../ingest/pipeline.ts";
import { reportId, sha256 } from "../../src/ids.ts";
import type { ReportExtraction } from "../../src/types.ts";
import { corpusFile } from "../helpers/corpus.ts";

const ORIGINAL = corpusFile("001_");
const NAME = path.basename(ORIGINAL);

let dir: string;
let atOriginal: ReportExtraction[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-ids-"));
  atOriginal = (await extractFile(ORIGINAL)).reports;
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The reports of a copy of the original at `relative` under the temp folder, its text passed through `edit`. */
async function extractCopy(relative: string, edit: (text: string) => string = (text) => text): Promise<ReportExtraction[]> {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, edit(fs.readFileSync(ORIGINAL, "utf8")));
  return (await extractFile(file)).reports;
}

const ids = (reports: readonly ReportExtraction[]) => reports.map((report) => report.id);

describe("reportId", () => {
  it("should give the file's ten reports ten different ids", () => {
    expect(atOriginal).toHaveLength(10);
    expect(new Set(ids(atOriginal)).size).toBe(10);
  });

  it("should give the same ids to the reports of the same file in another folder, reached by any path", async () => {
    const moved = await extractCopy(path.join("mounted", "corpus", NAME));
    expect(moved[0]!.source).not.toBe(atOriginal[0]!.source);
    expect(ids(moved)).toEqual(ids(atOriginal));
    const relative = path.relative(process.cwd(), path.join(dir, "mounted", "corpus", NAME));
    expect(ids((await extractFile(relative)).reports)).toEqual(ids(atOriginal));
  });

  it("should change nothing else in the extraction of a moved file than its source", async () => {
    const moved = await extractCopy(path.join("elsewhere", NAME));
    const withoutSource = (reports: readonly ReportExtraction[]) => reports.map((report) => ({ ...report, source: "" }));
    expect(withoutSource(moved)).toEqual(withoutSource(atOriginal));
  });

  it("should give a new id to the report whose text was edited, and keep the others' ids", async () => {
    const wenxi = atOriginal.find((report) => report.subject?.name === "闻喜县")!;
    const sentence = "全力实施“1146”发展战略";
    expect(wenxi.text).toContain(sentence);
    const edited = await extractCopy(path.join("edited", NAME), (text) => text.replace(sentence, "全力实施“1147”发展战略"));
    const changed = edited.filter((report, i) => report.id !== atOriginal[i]!.id);
    expect(changed.map((report) => report.subject?.name)).toEqual(["闻喜县"]);
    expect(changed[0]!.text).toContain("“1147”");
  });

  it("should keep the same report in two differently named files apart", async () => {
    const renamed = await extractCopy(path.join("renamed", `copy-of-${NAME}`));
    expect(ids(renamed).filter((id) => ids(atOriginal).includes(id))).toEqual([]);
  });

  it("should keep same-named files of different folders apart when their texts differ", () => {
    const checksum2021 = sha256("2021年政府工作报告");
    const checksum2022 = sha256("2022年政府工作报告");
    expect(reportId("/corpus/2021/report.txt", checksum2021)).not.toBe(reportId("/corpus/2022/report.txt", checksum2022));
    expect(reportId("/corpus/2021/report.txt", checksum2021)).toBe(reportId("/backup/2021/report.txt", checksum2021));
  });

  it("should take a file name spelt decomposed (as macOS stores it) for the same name", () => {
    const composed = "Qu\u00e9bec-报告.txt";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    const checksum = sha256("text");
    expect(reportId(`/a/${decomposed}`, checksum)).toBe(reportId(`/b/${composed}`, checksum));
  });
});
