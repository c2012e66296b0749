/**
 * Extraction schema
 * =================
 *
 * zod schema of one `ReportExtraction` (src/types.ts), used where extractions
 * enter the Neo4j layer from outside: `kg load FILE.jsonl`. Types and
 * relation types are closed sets, so a line cannot smuggle in a label or a
 * relationship type of its own. Also reads JSONL line by line for the loader.
 */
import fs from "node:fs";
import readline from "node:readline";
import { z } from "zod";
import { ENTITY_TYPES, RELATION_TYPES, type ReportExtraction } from "../types.ts";
import { LoadInputError } from "./errors.ts";

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const Props = z.record(z.string(), Scalar);
const Offset = z.number().int().nonnegative();

const EvidenceSchema = z
  .object({
    text: z.string(),
    start: Offset,
    end: Offset,
    mentions: z.array(z.object({ start: Offset, end: Offset })).optional(),
  })
  .refine((evidence) => evidence.end >= evidence.start, "evidence end before start");

const EntitySchema = z.object({
  id: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  props: Props,
});

const RelationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  source: z.string().min(1),
  target: z.string().min(1),
  props: Props.optional(),
  evidence: z.array(EvidenceSchema),
});

export const ReportExtractionSchema = z.object({
  source: z.string().min(1),
  index: z.number().int().nonnegative(),
  title: z.string(),
  date: z.string().nullable(),
  subject: z
    .object({
      name: z.string(),
      city: z.string().nullable(),
      province: z.string().nullable(),
      code: z.string().nullable().optional(),
    })
    .nullable(),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
  id: z.string().min(1),
  checksum: z.string().min(1),
  speaker: z.object({ name: z.string(), role: z.string().nullable() }).nullable().optional(),
  /** The report's normalised text: what evidence offsets point into. */
  text: z.string(),
});

/** A report extraction as the loader takes it (src/types.ts ReportExtraction). */
export type LoadableReport = ReportExtraction;

/**
 * One line of `kg extract --format jsonl` output, not parsed yet: the loader
 * parses (and validates) it only when it differs from what the graph holds.
 * `where` names it in messages (file:line).
 */
export interface ExtractionLine {
  line: string;
  where: string;
}

/** Parses and validates one JSONL line (LoadInputError naming `where` otherwise). */
export function parseExtractionLine(line: string, where: string): LoadableReport {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new LoadInputError(where, `not JSON (${(error as Error).message})`);
  }
  const result = ReportExtractionSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new LoadInputError(where, `not a report extraction: ${issue.path.join(".")}: ${issue.message}`);
  }
  return result.data as LoadableReport;
}

/** Parses JSONL text: every line must be a valid extraction, else nothing is returned. */
export function parseExtractionsJsonl(text: string, source: string): LoadableReport[] {
  const reports: LoadableReport[] = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    reports.push(parseExtractionLine(line, `${source}:${index + 1}`));
  });
  if (reports.length === 0) throw new LoadInputError(source, "holds no report (empty file)");
  return reports;
}

/**
 * The non-empty lines of a JSONL file, streamed (a 10,000-report extraction
 * is over a gigabyte, more than one string can hold), for `loadReports`.
 */
export async function* readExtractionLines(file: string): AsyncGenerator<ExtractionLine> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() !== "") yield { line, where: `${file}:${number}` };
  }
}
