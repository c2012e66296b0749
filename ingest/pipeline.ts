/**
 * Pipeline
 * ========
 *
 * Files in, report extractions out: list -> read -> normalise -> split ->
 * extract. A file that cannot be read is reported through `onProblem` and
 * skipped; the other files go on.
 */
import { InputFileError } from "../src/errors.ts";
import type { FileProblem, ReportExtraction } from "../src/types.ts";
import { extractReport } from "./extract.ts";
import { normalize } from "./normalize.ts";
import { listInputFiles, readDocument } from "./read.ts";
import { splitReports } from "./split.ts";

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

export async function extractFile(source: string): Promise<FileExtraction> {
  const raw = await readDocument(source);
  const drafts = splitReports(source, normalize(raw));
  if (drafts.every((draft) => draft.text.trim() === "")) throw new InputFileError(source, "no text left after removing page boilerplate");
  return { reports: drafts.map(extractReport), characters: raw.text.length };
}
