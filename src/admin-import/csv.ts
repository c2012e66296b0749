/**
 * CSV for neo4j-admin import
 * ==========================
 *
 * Fields separated by commas, quoted with double quotes (inner quotes
 * doubled), array elements joined by ARRAY_DELIMITER (U+001F, which no
 * report text contains). Null and undefined are empty fields, which
 * neo4j-admin leaves unset, as Cypher's `SET p = null` would.
 */

/** Passed to neo4j-admin as --array-delimiter=U+001F. */
export const ARRAY_DELIMITER = "\u001f";
export const ARRAY_DELIMITER_OPTION = "U+001F";

export type CsvValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean | null>;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return quote(value.map((item) => (item === null ? "" : String(item).split(ARRAY_DELIMITER).join(" "))).join(ARRAY_DELIMITER));
  if (typeof value === "string") return quote(value.split(ARRAY_DELIMITER).join(" "));
  return String(value);
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\n`;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
