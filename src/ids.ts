/**
 * Stable ids
 * ==========
 *
 * Ids are deterministic so that re-running the pipeline merges instead of
 * duplicating. Entities are keyed by type and canonical name, plus the place
 * for types whose names are only unique within a place (projects, people);
 * reports by their file's base name and their text (see reportId).
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { EntityType } from "./types.ts";

const PREFIX: Record<EntityType, string> = {
  County: "county",
  Company: "company",
  Project: "project",
  Slogan: "slogan",
  Person: "person",
};

export function shortHash(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex").slice(0, 16);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * `scope` distinguishes same-named entities that are different things:
 * the GB/T 2260 code of the place for projects and people, the code itself
 * for admin divisions; companies and slogans are global.
 */
export function entityId(type: EntityType, name: string, scope = ""): string {
  return `${PREFIX[type]}:${shortHash(`${type}\u0000${scope}\u0000${name}`)}`;
}

/**
 * A report's id: the base name of its file and `textChecksum`, the sha256 of
 * its normalised text (`ReportExtraction.checksum`).
 *
 * Not the folder: a corpus moved, copied or mounted elsewhere must give the
 * same ids, or a re-ingest would load every report a second time (the loader
 * then only updates `source`). Not the position in the file: the text
 * already tells the reports of a file apart, and a report does not become
 * another one when a report before it is added or removed.
 * The base name keeps one report found in two differently named files (a
 * compilation quoting it, say) as two Report nodes, each with its own source,
 * instead of one whose source would flip at every load; the text keeps
 * same-named files of different folders (2021/report.txt, 2022/report.txt)
 * apart. An edited text, or a new normaliser that changes it, gives a new id:
 * the loader retires the old one, as it retires every report a file no longer
 * holds. The same text twice under one file name (a page scraped twice, one
 * file copied into two folders of one corpus) is one report: the loader keeps
 * the first place it meets it at. Unicode NFC, so a file name spelt decomposed
 * (macOS) is the same name.
 */
export function reportId(source: string, textChecksum: string): string {
  return `report:${shortHash(`${path.basename(source).normalize("NFC")}\u0000${textChecksum}`)}`;
}
