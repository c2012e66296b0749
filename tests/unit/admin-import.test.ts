import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileKeys } from "../../ingest/file-keys.ts";
import { extractPaths } from "../../ingest/pipeline.ts";
import { ColumnSet } from "../../src/admin-import/columns.ts";
import { ARRAY_DELIMITER, csvLine } from "../../src/admin-import/csv.ts";
import { importArguments } from "../../src/admin-import/neo4j-admin.ts";
import { AdminCsvWriter, type AdminExport } from "../../src/admin-import/writer.ts";
import { exportForAdmin } from "../../src/cli/commands/export-admin.ts";
import { buildReportRows } from "../../src/neo4j/rows.ts";
import type { ReportExtraction } from "../../src/types.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

/** Minimal CSV reader for what csvLine writes (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (quoted) {
      if (character === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ",") fields.push(field), (field = "");
    else if (character === "\n") {
      fields.push(field);
      rows.push(fields);
      (fields = []), (field = "");
    } else field += character;
  }
  return rows;
}

function table(file: string, header: string): Array<Record<string, string>> {
  const columns = fs.readFileSync(header, "utf8").trim().split(",");
  return parseCsv(fs.readFileSync(file, "utf8")).map((fields) => Object.fromEntries(columns.map((column, i) => [column, fields[i] ?? ""])));
}

let dir: string;
let reports: ReportExtraction[];
let exported: AdminExport;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-admin-"));
  reports = [];
  for await (const report of extractPaths([CORPUS_DIR])) reports.push(report);
  const writer = new AdminCsvWriter(dir, "2026-01-01T00:00:00.000Z");
  for (const report of reports) await writer.add(report);
  exported = await writer.finish();
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("admin-import", () => {
  it("should write every report, entity, mention and fact the Bolt loader would write", () => {
    const rows = reports.map(buildReportRows);
    const entityIds = new Set(rows.flatMap((row) => row.entities.map((entity) => entity.id)));
    expect(exported.counts.reports).toBe(reports.length);
    expect(exported.counts.entities).toBe(entityIds.size);
    expect(exported.counts.mentions).toBe(rows.reduce((sum, row) => sum + row.mentions.length, 0));
    expect(exported.counts.facts).toBe(rows.reduce((sum, row) => sum + row.facts.length, 0));
    const factLines = exported.relationships.filter((group) => group.type !== "MENTIONS").reduce((sum, group) => sum + parseCsv(fs.readFileSync(group.data, "utf8")).length, 0);
    expect(factLines).toBe(exported.counts.facts);
  });

  it("should label entities Entity plus their type and give them the names other reports use as aliases", () => {
    const group = exported.nodes.find((candidate) => candidate.data.endsWith("entities.csv"))!;
    const entities = table(group.data, group.header);
    const labels = new Set(entities.map((entity) => entity[":LABEL"]));
    for (const label of labels) expect(label).toMatch(new RegExp(`^Entity${ARRAY_DELIMITER}(County|Company|Project|Slogan|Person)$`));
    const rows = reports.map(buildReportRows);
    const withAliases = entities.find((entity) => entity["aliases:string[]"] !== "")!;
    const names = new Set(rows.flatMap((row) => row.mentions.filter((mention) => mention.entity === withAliases["id:ID"]).flatMap((mention) => mention.props.names)));
    names.delete(withAliases["name:string"]!);
    expect(withAliases["aliases:string[]"]!.split(ARRAY_DELIMITER)).toEqual([...names].sort());
  });

  it("should give the reports of the corpus copied to another folder the ids and file keys `kg ingest` gives them where they were", async () => {
    const copy = path.join(dir, "copied-corpus");
    fs.cpSync(CORPUS_DIR, copy, { recursive: true });
    const bulk = await exportForAdmin(path.join(dir, "bulk"), [copy], 0, (message) => expect.fail(message));
    const group = bulk.nodes.find((candidate) => candidate.data.endsWith("reports.csv"))!;
    const rows = table(group.data, group.header);
    expect(rows.map((row) => row["source:string"]!.startsWith(copy))).not.toContain(false);
    expect(rows.map((row) => row["id:ID"]).sort()).toEqual(reports.map((report) => report.id).sort());
    // the file keys `kg ingest` gives, so that it does not read these files again
    const keys = await fileKeys([...new Set(rows.map((row) => row["source:string"]!))]);
    const perFile = new Map<string, number>();
    for (const row of rows) perFile.set(row["source:string"]!, (perFile.get(row["source:string"]!) ?? 0) + 1);
    expect(Math.max(...perFile.values())).toBe(10);
    for (const row of rows) {
      expect(row["fileKey:string"]).toBe(keys.get(row["source:string"]!));
      expect(Number(row["fileReports:long"])).toBe(perFile.get(row["source:string"]!));
    }
  }, 120_000);

  it("should keep Traditional evidence and its offsets on the relationships", () => {
    const mentions = exported.relationships.find((group) => group.type === "MENTIONS")!;
    const rows = table(mentions.data, mentions.header);
    const traditional = rows.find((row) => /[發與會]/.test(row["evidenceText:string[]"]!))!;
    expect(traditional).toBeDefined();
    const texts = traditional["evidenceText:string[]"]!.split(ARRAY_DELIMITER);
    const starts = traditional["evidenceStart:long[]"]!.split(ARRAY_DELIMITER).map(Number);
    expect(texts.length).toBe(starts.length);
    expect(starts.every(Number.isInteger)).toBe(true);
  });

  it("should pass the database name before the file options to neo4j-admin", () => {
    const args = importArguments(exported);
    expect(args.slice(0, 4)).toEqual(["database", "import", "full", "neo4j"]);
    expect(args).toContain("--id-type=string");
    expect(args.filter((arg) => arg.startsWith("--relationships=MENTIONS="))).toHaveLength(1);
  });

  it.each([
    ['“六稳”“六保”', '"“六稳”“六保”"\n'],
    ['say "hi"', '"say ""hi"""\n'],
    [null, "\n"],
  ])("should write %j as a CSV field neo4j-admin reads back", (value, line) => {
    expect(csvLine([value])).toBe(line);
  });

  it("should type columns from every value seen", () => {
    const columns = new ColumnSet();
    columns.observe({ code: "140123", level: 3, share: 0.5, official: true, names: ["a", "b"] });
    columns.observe({ level: 4, share: 1 });
    expect(columns.headers()).toEqual(["code:string", "level:long", "names:string[]", "official:boolean", "share:double"]);
  });
});
