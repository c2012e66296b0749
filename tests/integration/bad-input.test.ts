/**
 * Bad input through `kg extract` and `kg ingest`, as a user meets it: the
 * set in tests/fixtures/bad (see its README) plus a 50 MB file of one line
 * made here. Each bad file gets one stderr line naming it and the reason,
 * the exit code says something was skipped, the good files' reports are on
 * stdout and in Neo4j, and the graph holds nothing of the bad files: it is
 * exactly the graph of the good files' extraction. A file that turns bad
 * after it was loaded leaves its reports in the graph as they were.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wipeGraph } from "../../src/neo4j/admin.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { runReadQuery } from "../../src/neo4j/read.ts";
import type { ReportExtraction } from "../../src/types.ts";
import { MAX_REPORT_CHARS } from "../../ingest/pipeline.ts";
import { snapshot } from "./graph-snapshot.ts";
import { kg } from "./kg-cli.ts";
import { openTestGraph } from "./neo4j-context.ts";

const FIXTURES = path.resolve("tests/fixtures/bad");
const GOOD = ["2021年 河曲縣 工作回顧.txt", "gbk-encoded.txt", "page-with-scripts.html", "utf16-bom.txt"];

let dir: string;
let graph: Graph;
const at = (name: string) => path.join(dir, name);

/** The reasons the CLI gives, file by file (the order of a folder walk, then the file named explicitly). */
function expectedSkips(): Array<[string, string | RegExp]> {
  return [
    [at("empty.txt"), "empty file"],
    [at("one-line-50mb.txt"), /^the text has [\d,]+ characters, more than one report can have \(at most 1,000,000\); split the file into its reports$/],
    [at("scanned.pdf"), "PDF has no text layer (scanned?)"],
    [at("truncated-utf8.txt"), "not valid UTF-8, GB18030, Big5 or UTF-16 text (as UTF-8: cut off in the middle of a character at the end)"],
    [at("扫描件 scan.txt"), "binary file (PNG image)"],
    [at("photo.png"), "binary file (PNG image)"],
  ];
}

function skippedLines(stderr: string): Array<[string, string]> {
  return [...stderr.matchAll(/^kg: skipped (.+?): (.+)$/gm)].map((match) => [match[1]!, match[2]!]);
}

function expectSkips(stderr: string): void {
  const skipped = skippedLines(stderr);
  const expected = expectedSkips();
  expect(skipped.map(([file]) => file)).toEqual(expected.map(([file]) => file));
  skipped.forEach(([, reason], index) => expect(reason).toMatch(expected[index]![1] instanceof RegExp ? expected[index]![1] : exactly(expected[index]![1] as string)));
  expect(stderr).toMatch(/^kg: 6 file\(s\) could not be read$/m);
  expect(stderr).not.toMatch(/^\s+at /m);
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

describe("bad input through kg extract and kg ingest", () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-bad-"));
    fs.cpSync(FIXTURES, dir, { recursive: true });
    const sentence = fs.readFileSync(at("2021年 河曲縣 工作回顧.txt"), "utf8").split("\n")[1]!;
    const line = sentence.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(sentence)));
    fs.writeFileSync(at("one-line-50mb.txt"), line);
    expect(line.length).toBeGreaterThan(MAX_REPORT_CHARS);
    graph = await openTestGraph();
  });

  afterAll(async () => {
    await graph?.driver.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("should name each bad file and its reason on stderr, exit 1, and print the good files' reports", async () => {
    const result = await kg(["extract", "--format", "jsonl", dir, at("photo.png")]);
    expect(result.code).toBe(1);
    expectSkips(result.stderr);
    const reports = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as ReportExtraction);
    expect([...new Set(reports.map((report) => path.basename(report.source)))].sort()).toEqual([...GOOD].sort());
    for (const report of reports) expect(report.entities.length, report.source).toBeGreaterThan(5);
    fs.writeFileSync(at("good.jsonl.out"), result.stdout);
  });

  it("should read the odd but good files right: GBK, UTF-16 with BOM, Traditional under a Chinese name, HTML without its scripts", async () => {
    const reports = fs.readFileSync(at("good.jsonl.out"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as ReportExtraction);
    const bySource = (name: string) => reports.find((report) => path.basename(report.source) === name)!;
    expect(bySource("gbk-encoded.txt").title).toBe("谱写娄烦高质量发展新篇章");
    expect(bySource("utf16-bom.txt").text).toContain("五寨县人民政府县长");
    expect(bySource("2021年 河曲縣 工作回顧.txt").text).toContain("河曲縣");
    const html = bySource("page-with-scripts.html");
    expect(html.title).toBe("2021年闻喜县政府工作报告");
    expect(html.text).toContain("我代表县人民政府向大会作工作报告");
    for (const hidden of ["alert", "javascript", "脚本写入", "请启用", "框架里的文字", "矢量图里的文字", "被篡改", "tracker"]) expect(html.text).not.toContain(hidden);
  });

  it("should load exactly the good files' graph with kg ingest, nothing of the bad ones, and exit 1", async () => {
    await wipeGraph(graph);
    const loaded = await kg(["load", at("good.jsonl.out")]);
    expect(loaded.code, loaded.stderr).toBe(0);
    const goodOnly = await snapshot(graph);

    await wipeGraph(graph);
    const result = await kg(["ingest", dir, at("photo.png")]);
    expect(result.code).toBe(1);
    expectSkips(result.stderr);
    expect(result.stdout).toMatch(/^loaded \d+ reports: \d+ written/m);
    const ingested = await snapshot(graph);
    expect(ingested.counts).toEqual(goodOnly.counts);
    expect(ingested.digest).toBe(goodOnly.digest);
    const sources = await runReadQuery(graph, "MATCH (r:Report) RETURN DISTINCT r.source AS source ORDER BY source");
    expect(sources.rows.map((row) => path.basename(String(row.source))).sort()).toEqual([...GOOD].sort());
  });

  it.each([
    ["truncated in the middle of a character", (file: string) => fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 101)), /not valid UTF-8/],
    ["emptied", (file: string) => fs.writeFileSync(file, ""), /^empty file$/],
    ["replaced by an image", (file: string) => fs.copyFileSync(at("photo.png"), file), /^binary file \(PNG image\)$/],
  ])("should keep a loaded file's reports as they were when the file is later %s", async (_name, spoil, reason) => {
    const before = await snapshot(graph);
    const file = at("2021年 河曲縣 工作回顧.txt");
    const original = fs.readFileSync(file);
    spoil(file);
    try {
      const result = await kg(["ingest", dir]);
      expect(result.code).toBe(1);
      const line = skippedLines(result.stderr).find(([source]) => source === file);
      expect(line?.[1]).toMatch(reason);
      const after = await snapshot(graph);
      expect(after.digest).toBe(before.digest);
    } finally {
      fs.writeFileSync(file, original);
    }
  });
});
