/**
 * Streaming JSONL
 * ===============
 *
 * Reads `kg extract --format jsonl` output one line at a time, so loading a
 * 10,000-report extraction (about a gigabyte) keeps memory flat.
 */
import fs from "node:fs";
import readline from "node:readline";
import type { ReportExtraction } from "../../src/types.ts";

export async function* readExtractions(file: string): AsyncGenerator<ReportExtraction> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== "") yield JSON.parse(line) as ReportExtraction;
}
