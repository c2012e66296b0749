/**
 * Stable ids
 * ==========
 *
 * Ids are deterministic so that re-running the pipeline merges instead of
 * duplicating. Entities are keyed by type and canonical name, plus the place
 * for types whose names are only unique within a place (projects, people);
 * reports by their source path and position in the file.
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

export function reportId(source: string, index: number): string {
  return `report:${shortHash(`${path.resolve(source)}#${index}`)}`;
}
