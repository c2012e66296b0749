/**
 * Export for neo4j-admin database import
 * ======================================
 *
 * Streams report extractions into the CSV files of `neo4j-admin database
 * import full`, building the same graph as the Bolt loader
 * (src/neo4j/load.ts; rows from src/neo4j/rows.ts): Report nodes, Entity
 * nodes with their type label, MENTIONS from reports to entities, and one
 * fact relationship per (type, source, target, report) with its evidence.
 * As in the Bolt loader, an entity's properties are those of the last
 * report that names it and its aliases are the sorted names all reports use
 * for it, minus the canonical name.
 *
 * Reports and MENTIONS are written as they come (a file's reports once the
 * file is complete: with the file keys of `kg ingest`, they carry how many
 * reports their file has, see src/neo4j/ingest.ts); entities are merged in
 * memory (one entry per distinct entity) and written at the end; facts go
 * to NDJSON first because their property columns are only known at the end.
 * Bulk import builds a new database: constraints and indexes are created
 * afterwards (src/neo4j/schema.ts), as on any first load.
 */
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { buildReportRows, type FactRow } from "../neo4j/rows.ts";
import type { LoadableReport } from "../neo4j/extraction-schema.ts";
import { ColumnSet, type PropertyValue } from "./columns.ts";
import { csvLine } from "./csv.ts";

// Labels in a :LABEL field are separated by the array delimiter, so they are written as lists.
import { LineFile } from "./line-file.ts";

const REPORT_COLUMNS = [
  ["source", "string"],
  ["index", "long"],
  ["title", "string"],
  ["date", "string"],
  ["checksum", "string"],
  ["factsChecksum", "string"],
  ["subject", "string"],
  ["subjectCity", "string"],
  ["subjectProvince", "string"],
  ["subjectCode", "string"],
  ["speaker", "string"],
  ["speakerRole", "string"],
  ["text", "string"],
] as const;

const MENTION_HEADER = [":START_ID", ":END_ID", "report", "names:string[]", "evidenceText:string[]", "evidenceStart:long[]", "evidenceEnd:long[]", "entity"];
const FACT_FIXED = ["report", "evidenceText", "evidenceStart", "evidenceEnd"];

export interface ImportFileGroup {
  /** Relationship type (relationship groups only; node labels are in the :LABEL column). */
  type?: string;
  header: string;
  data: string;
}

export interface AdminExport {
  dir: string;
  nodes: ImportFileGroup[];
  relationships: ImportFileGroup[];
  counts: { reports: number; entities: number; mentions: number; facts: number; problems: number };
}

interface EntityEntry {
  type: string;
  name: string;
  props: Record<string, PropertyValue>;
  /** The report that gave name and props: the smallest id, as a Bolt load keeps them (merge-entities.cypher). */
  from: string;
  /** Every key that report gave, null ones too (the graph's `propKeys`). */
  keys: string[];
  names: Set<string>;
}

export class AdminCsvWriter {
  private readonly reports: LineFile;
  private readonly mentions: LineFile;
  private readonly factFiles = new Map<string, LineFile>();
  private readonly factColumns = new Map<string, ColumnSet>();
  private readonly entities = new Map<string, EntityEntry>();
  private readonly seenReports = new Set<string>();
  private problems = 0;
  private facts = 0;

  /** The report lines of the file being read, held until it is complete. */
  private fileReports: { source: string; lines: PropertyValue[][] } | null = null;

  constructor(
    readonly dir: string,
    private readonly loadedAt = new Date().toISOString(),
    private readonly onProblem: (message: string) => void = () => {},
    /** Keys of the input files (ingest/file-keys.ts), for the reports of files read here. */
    private readonly fileKeys: ReadonlyMap<string, string> = new Map(),
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.reports = new LineFile(path.join(dir, "reports.csv"));
    this.mentions = new LineFile(path.join(dir, "mentions.csv"));
  }

  async add(extraction: LoadableReport): Promise<void> {
    const rows = buildReportRows(extraction);
    for (const problem of rows.problems) this.problem(problem);
    if (this.seenReports.has(rows.report.id)) {
      this.problem(`${extraction.source}#${extraction.index}: the same report twice in the input; the first one is kept`);
      return;
    }
    this.seenReports.add(rows.report.id);
    const props = rows.report.props as Record<string, PropertyValue>;
    await this.holdReportLine(extraction.source, [rows.report.id, "Report", ...REPORT_COLUMNS.map(([key]) => props[key] as string | number | null), this.loadedAt]);
    for (const entity of rows.entities) {
      const entry = this.entities.get(entity.id);
      if (entry && entry.from <= entity.from) continue;
      const props = Object.fromEntries(Object.entries(entity.props).filter(([, value]) => value !== null)) as Record<string, PropertyValue>;
      const given = { type: entity.type, name: entity.name, props, from: entity.from, keys: Object.keys(entity.props) };
      this.entities.set(entity.id, { ...given, names: entry?.names ?? new Set<string>() });
    }
    for (const mention of rows.mentions) {
      for (const name of mention.props.names) this.entities.get(mention.entity)?.names.add(name);
      const { report, names, evidenceText, evidenceStart, evidenceEnd, entity } = mention.props;
      await this.mentions.write(csvLine([mention.report, mention.entity, report, names, evidenceText, evidenceStart, evidenceEnd, entity]));
    }
    for (const fact of rows.facts) await this.addFact(fact);
  }

  /** Reports arrive file by file: a file's lines are written when the next file starts, with its key and report count. */
  private async holdReportLine(source: string, line: PropertyValue[]): Promise<void> {
    if (this.fileReports?.source !== source) {
      await this.writeFileReports();
      this.fileReports = { source, lines: [] };
    }
    this.fileReports!.lines.push(line);
  }

  private async writeFileReports(): Promise<void> {
    if (!this.fileReports) return;
    const { source, lines } = this.fileReports;
    const key = this.fileKeys.get(source);
    for (const line of lines) await this.reports.write(csvLine([...line, key ?? null, key ? lines.length : null]));
    this.fileReports = null;
  }

  async finish(): Promise<AdminExport> {
    await this.writeFileReports();
    await this.reports.close();
    await this.mentions.close();
    writeHeader(path.join(this.dir, "reports.header.csv"), ["id:ID", ":LABEL", ...REPORT_COLUMNS.map(([key, type]) => `${key}:${type}`), "loadedAt:string", "fileKey:string", "fileReports:long"]);
    writeHeader(path.join(this.dir, "mentions.header.csv"), MENTION_HEADER);
    const nodes: ImportFileGroup[] = [
      { header: path.join(this.dir, "reports.header.csv"), data: this.reports.path },
      await this.writeEntities(),
    ];
    const relationships: ImportFileGroup[] = [{ type: "MENTIONS", header: path.join(this.dir, "mentions.header.csv"), data: this.mentions.path }];
    for (const [type, file] of this.factFiles) relationships.push(await this.convertFacts(type, file));
    return {
      dir: this.dir,
      nodes,
      relationships,
      counts: { reports: this.reports.lines, entities: this.entities.size, mentions: this.mentions.lines, facts: this.facts, problems: this.problems },
    };
  }

  private async addFact(fact: FactRow): Promise<void> {
    let file = this.factFiles.get(fact.type);
    if (!file) {
      file = new LineFile(path.join(this.dir, `facts-${fact.type}.ndjson`));
      this.factFiles.set(fact.type, file);
      this.factColumns.set(fact.type, new ColumnSet(new Set(FACT_FIXED)));
    }
    this.factColumns.get(fact.type)!.observe(fact.props as Record<string, PropertyValue>);
    this.facts++;
    await file.write(`${JSON.stringify([fact.source, fact.target, fact.props])}\n`);
  }

  private async convertFacts(type: string, ndjson: LineFile): Promise<ImportFileGroup> {
    await ndjson.close();
    const columns = this.factColumns.get(type)!;
    const header = path.join(this.dir, `facts-${type}.header.csv`);
    writeHeader(header, [":START_ID", ":END_ID", "report", "evidenceText:string[]", "evidenceStart:long[]", "evidenceEnd:long[]", ...columns.headers()]);
    const out = new LineFile(path.join(this.dir, `facts-${type}.csv`));
    const lines = readline.createInterface({ input: fs.createReadStream(ndjson.path, { encoding: "utf8" }), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line === "") continue;
      const [source, target, props] = JSON.parse(line) as [string, string, Record<string, PropertyValue>];
      const fixed = [props.report, props.evidenceText, props.evidenceStart, props.evidenceEnd] as PropertyValue[];
      await out.write(csvLine([source, target, ...fixed, ...columns.values(props)]));
    }
    await out.close();
    fs.rmSync(ndjson.path, { force: true });
    return { type, header, data: out.path };
  }

  private async writeEntities(): Promise<ImportFileGroup> {
    const columns = new ColumnSet(new Set(["id", "name", "aliases", "propsFrom", "propKeys"]));
    for (const entry of this.entities.values()) columns.observe(entry.props);
    const header = path.join(this.dir, "entities.header.csv");
    writeHeader(header, ["id:ID", ":LABEL", "name:string", "aliases:string[]", "propsFrom:string", "propKeys:string[]", ...columns.headers()]);
    const out = new LineFile(path.join(this.dir, "entities.csv"));
    for (const [id, entry] of this.entities) {
      const aliases = [...entry.names].filter((name) => name !== entry.name).sort();
      await out.write(csvLine([id, ["Entity", entry.type], entry.name, aliases, entry.from, entry.keys, ...columns.values(entry.props)]));
    }
    await out.close();
    return { header, data: out.path };
  }

  private problem(message: string): void {
    this.problems++;
    this.onProblem(message);
  }
}

function writeHeader(file: string, columns: readonly string[]): void {
  fs.writeFileSync(file, `${columns.join(",")}\n`);
}
