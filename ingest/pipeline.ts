/**
 * Pipeline
 * ========
 *
 * Files in, report extractions out: list -> read -> normalise -> split ->
 * extract. A file that cannot be read is reported through `onProblem` and
 * skipped; the other files go on. So is a file whose extraction fails
 * unexpectedly (an extractor bug on odd text): the problem names the file and
 * the error, and one odd file never stops the run.
 */
import { InputFileError } from "../src/errors.ts";
import type { FileProblem, ReportExtraction } from "../src/types.ts";
import { extractReport } from "./extract.ts";
import { normalize } from "./normalize.ts";
import { listInputFiles, readDocument } from "./read.ts";
import { splitReports } from "./split.ts";
import type { ReportDraft } from "./types.ts";

/**
 * Longest report extracted, in characters (~50 times a long government work
 * report). Longer text is not one report (a dump, a whole site on one line):
 * refused with a clear message rather than tying up a worker for hours.
 */
export const MAX_REPORT_CHARS = 1_000_000;

export interface ExtractOptions {
  onProblem?: (problem: FileProblem) => void;
  /** Called after each file with the number of characters it held. */
  onFile?: (source: string, characters: number) => void;
}

export async function* extractPaths(paths: string[], options: ExtractOptions = {}): AsyncGenerator<ReportExtraction> {
  for (const source of await listInputFiles(paths)) {
    let extracted: FileExtraction;
    try {
      extracted = await extractFile(source);
    } catch (error) {
      if (!(error instanceof InputFileError)) throw error;
      options.onProblem?.({ source: error.source, reason: error.reason });
      continue;
    }
    options.onFile?.(source, extracted.characters);
    yield* extracted.reports;
  }
}

export interface FileExtraction {
  reports: ReportExtraction[];
  characters: number;
}

/** `bytes`: the file's content when the caller has read it already (parallel.ts reads ahead). */
export async function extractFile(source: string, bytes?: Uint8Array): Promise<FileExtraction> {
  const raw = await readDocument(source, bytes);
  try {
    const drafts = splitReports(source, normalize(raw));
    if (drafts.every((draft) => draft.text.trim() === "")) throw new InputFileError(source, "no text left after removing page boilerplate");
    drafts.forEach((draft) => checkLength(draft, drafts.length));
    return { reports: drafts.map(extractReport), characters: raw.text.length };
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(source, `extraction failed (${describe(error)}); the other files are not affected, please report this file`);
  }
}

function checkLength(draft: ReportDraft, reports: number): void {
  if (draft.text.length <= MAX_REPORT_CHARS) return;
  const which = reports > 1 ? `report ${draft.index + 1} of ${reports} has` : "the text has";
  throw new InputFileError(
    draft.source,
    `${which} ${count(draft.text.length)} characters, more than one report can have (at most ${count(MAX_REPORT_CHARS)}); split the file into its reports`,
  );
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  return String(error);
}
