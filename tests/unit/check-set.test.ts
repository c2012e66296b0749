/**
 * Extraction on the check set: reports in the style of other provinces
 * (tests/fixtures/check-set, gold annotated per eval/GUIDELINE.md before the
 * extractor saw them). Per-type F1 floors, scored with the shared scorer's
 * matching rules (tests/helpers/gold-score.ts), catch regressions in how the
 * extractor generalises beyond the Shanxi sample corpus.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractPaths } from "../../ingest/pipeline.ts";
import type { ReportExtraction } from "../../src/types.ts";
import { REPO_ROOT } from "../helpers/corpus.ts";
import { KINDS, lenientMatch, normalise, scoreDocument, scoreReports, type GoldDocument, type Kind, type Score } from "../helpers/gold-score.ts";

const CHECK_SET = path.join(REPO_ROOT, "tests/fixtures/check-set");
const GOLD_DIR = path.join(CHECK_SET, "gold");
const golds: GoldDocument[] = fs
  .readdirSync(GOLD_DIR)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => JSON.parse(fs.readFileSync(path.join(GOLD_DIR, file), "utf8")) as GoldDocument);

/**
 * Reached on 64 reports (companies 0.962, projects 0.918, slogans 0.952, people 0.985) minus a small
 * margin. Rounds 4 to 12 were added blind (rounds 8, 11 and 12 with most misses left open): these floors guard
 * against regressions, they are not a target met. Round 3's gold leaves out quoted emphasis words
 * (加速跑, 含绿量) that the dev gold counts as slogans, and lists editors that it leaves out.
 */
const F1_FLOORS: Array<[Kind, number]> = [
  ["companies", 0.95],
  ["projects", 0.91],
  ["slogans", 0.94],
  ["people", 0.97],
];

const SCORE_PY = [process.env.KG_EVAL && path.join(process.env.KG_EVAL, "score.py"), path.resolve(REPO_ROOT, "../shared/eval/score.py"), "/work/shared/eval/score.py"].find(
  (file): file is string => Boolean(file) && fs.existsSync(file!),
);

function hasPython(): boolean {
  try {
    execFileSync("python3", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

let reports: ReportExtraction[] = [];
let scores: Record<Kind, Score>;

beforeAll(async () => {
  for await (const report of extractPaths([path.join(CHECK_SET, "texts")])) reports.push(report);
  scores = scoreReports(golds, reports);
}, 120_000);

describe("check-set extraction", () => {
  it("should give each check-set report the subject its gold file names", () => {
    const subjects = reports.map((r) => r.subject?.name).sort();
    expect(subjects).toEqual(golds.map((g) => g.subject.name).sort());
  });

  it.each(F1_FLOORS)("should keep the %s F1 at or above %f", (kind, floor) => {
    expect(scores[kind].f1, JSON.stringify(scores[kind])).toBeGreaterThanOrEqual(floor);
  });

  it.skipIf(!SCORE_PY || !hasPython())("should count matches exactly as eval/score.py does", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kg-check-set-")), "out.jsonl");
    fs.writeFileSync(out, reports.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const python = JSON.parse(execFileSync("python3", [SCORE_PY!, GOLD_DIR, out, "--json"], { encoding: "utf8" })) as {
      totals: Record<Kind, { tp: number; fp: number; fn: number }>;
    };
    for (const kind of KINDS) {
      const { tp, fp, fn } = scores[kind];
      const theirs = python.totals[kind];
      expect({ kind, tp, fp, fn }).toEqual({ kind, tp: theirs.tp, fp: theirs.fp, fn: theirs.fn });
    }
  });
});

describe("gold scoring", () => {
  const gold: GoldDocument = {
    doc: "x.txt",
    subject: { name: "龙游县" },
    companies: [{ name: "锐驰新材料", mentions: ["锐驰新材料", "锐驰"] }],
    projects: [{ name: "县人民医院迁建工程", mentions: ["县人民医院迁建工程"] }],
    slogans: [{ text: "八八战略", full: "“八八战略”" }],
    people: [{ name: "周建平" }],
    maybe: { companies: ["县城投集团"], projects: [], slogans: ["店小二"] },
  };
  const entity = (type: string, name: string, aliases: string[] = []) => ({ id: name, type, name, aliases }) as unknown as ReportExtraction["entities"][number];

  it.each([
    ["“八八战略”", "八八战略"],
    ["锐 驰", "锐驰"],
    ["ＡＢＣ", "ABC"],
  ])("should normalise %s to %s", (raw, expected) => {
    expect(normalise(raw)).toBe(expected);
  });

  it.each([
    ["县人民医院迁建", "县人民医院迁建工程", true],
    ["人民医院", "县人民医院迁建工程", false],
    ["城西新区", "城东新区", false],
  ])("should match project %s against %s leniently: %s", (a, b, expected) => {
    expect(lenientMatch(a, b)).toBe(expected);
  });

  it("should count an alias match, ignore duplicates and maybe items, and count the rest as false positives", () => {
    const entities = [
      entity("Company", "浙江锐驰新材料", ["锐驰"]),
      entity("Company", "锐驰新材料"),
      entity("Company", "县城投集团"),
      entity("Company", "龙游"),
    ];
    expect(scoreDocument(gold, entities, "companies")).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it("should match slogans by text or full form and projects by containment", () => {
    expect(scoreDocument(gold, [entity("Slogan", "“八八战略”"), entity("Slogan", "店小二")], "slogans")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreDocument(gold, [entity("Project", "县人民医院迁建")], "projects")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreDocument(gold, [entity("Person", "周建")], "people")).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
