/**
 * county-kg shared types
 * ======================
 *
 * The contract between the pipeline stages, the Neo4j layer, the API and the UI.
 * Data flows one way: raw file -> normalised text -> reports -> sentences ->
 * mentions -> entities -> triples (relations) -> Neo4j -> API -> UI.
 */

export const ENTITY_TYPES = ["County", "Company", "Project", "Slogan", "Person"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  "HAS_PROJECT",
  "INVOLVES",
  "MENTIONS",
  "LOCATED_IN",
  "PROMOTES",
  "HOLDS_OFFICE",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Administrative level of a `County` entity (all admin divisions share the label). */
export type AdminLevel = "province" | "city" | "county";

/**
 * A span of a report's normalised text that supports a fact.
 * `start`/`end` are UTF-16 offsets into `ReportExtraction.text` (end exclusive);
 * `text` is the sentence (original script, e.g. Traditional stays Traditional).
 */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  /** Offsets of the mention(s) inside the report text that the fact is about. */
  mentions?: Array<{ start: number; end: number }>;
}

export interface Entity {
  /** Stable across runs: derived from type and canonical name (see src/ids.ts). */
  id: string;
  type: EntityType;
  /** Canonical Simplified name. */
  name: string;
  /** Other surface forms (short names, Traditional forms, full legal names). */
  aliases: string[];
  props: Record<string, string | number | boolean | null>;
}

export interface Relation {
  type: RelationType;
  /** Entity id, or the report id for `MENTIONS`. */
  source: string;
  target: string;
  props?: Record<string, string | number | boolean | null>;
  evidence: Evidence[];
}

export interface Subject {
  name: string;
  city: string | null;
  province: string | null;
  /** GB/T 2260 code when known. */
  code?: string | null;
}

/**
 * One line of `kg extract --format jsonl`: one report.
 * The documented contract is source/index/title/date/subject/entities/relations;
 * id, checksum, speaker and text are additions that the loader and the
 * explorer need (text: the report's normalised text, which evidence offsets
 * point into, so a saved JSONL loads into the same graph as `kg ingest`).
 */
export interface ReportExtraction {
  source: string;
  index: number;
  title: string;
  date: string | null;
  subject: Subject | null;
  entities: Entity[];
  relations: Relation[];
  /** Report id: from the file's base name and the text's checksum, not its folder (see src/ids.ts). */
  id: string;
  /** sha256 of the report's normalised text. */
  checksum: string;
  speaker?: { name: string; role: string | null } | null;
  text: string;
}

/** A problem with one input file; the run goes on with the other files. */
export interface FileProblem {
  source: string;
  reason: string;
}
