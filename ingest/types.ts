/**
 * Ingest stage types
 * ==================
 *
 * Each stage of the pipeline is a module with typed input and output:
 *   read (RawDocument) -> normalize (NormalizedText) -> split (ReportDraft[])
 *   -> metadata (ReportMeta) -> sentences (Sentence[]) -> mentions (Mention[])
 *   -> entities + relations (ReportExtraction, in src/types.ts).
 */
import type { EntityType } from "../src/types.ts";

export type SourceFormat = "text" | "html" | "pdf";

/** A decoded input file: characters as the file holds them, nothing removed yet. */
export interface RawDocument {
  source: string;
  format: SourceFormat;
  /** Encoding that was detected (utf-8, utf-16le, utf-16be, gb18030, pdf). */
  encoding: string;
  text: string;
}

/**
 * Text after normalisation (NFKC, converter pinyin removed, hard line breaks
 * joined, boilerplate and captions removed).
 * `text` keeps the original script (Traditional stays Traditional) and is what
 * evidence quotes; `match` is the same text in Simplified with exactly the same
 * length, so offsets found in `match` are valid in `text`.
 * `toRaw[i]` is the offset in `RawDocument.text` of character `i` of `text`
 * (length text.length + 1; the last entry maps the end).
 */
export interface NormalizedText {
  text: string;
  match: string;
  toRaw: Int32Array;
}

/** One report inside a normalised document (a file may hold several). */
export interface ReportDraft {
  source: string;
  index: number;
  title: string;
  /** The title in Simplified characters. */
  titleMatch: string;
  /** Report text (original script) and its Simplified twin, same length. */
  text: string;
  match: string;
  /** Offset of `text` inside the document's NormalizedText. */
  offset: number;
  /** A date found next to the report in the document (e.g. a scrape date), if any. */
  dateHint: string | null;
}

export interface ReportMeta {
  title: string;
  date: string | null;
  subject: import("../src/types.ts").Subject | null;
  speaker: { name: string; role: string | null } | null;
}

export interface Sentence {
  index: number;
  /** Offsets into the report text (end exclusive). */
  start: number;
  end: number;
  text: string;
  match: string;
}

/** A typed span found in a sentence, before entities are merged. */
export interface Mention {
  type: EntityType;
  /** Canonical Simplified surface form. */
  name: string;
  /** Offsets into the report text (end exclusive). */
  start: number;
  end: number;
  sentence: number;
  /** Where the words that support the mention begin, when before it (a title before a name). */
  contextStart?: number;
  props?: Record<string, string | number | boolean | null>;
}
