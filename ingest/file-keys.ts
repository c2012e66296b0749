/**
 * File keys
 * =========
 *
 * A file's key is a hash of its bytes and of everything else its extraction
 * depends on: the code and data of ingest/ and src/, and the package versions
 * locked in package-lock.json. Two files with the same key give the same
 * extraction, so `kg ingest` need not read again a file whose reports the
 * graph holds under its current key (src/neo4j/ingest.ts). Any change to the
 * code makes every file new once: over-cautious, never stale.
 */
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXTRACTION_INPUTS = ["ingest", "src", "package-lock.json"];

let fingerprint: Promise<string> | null = null;

/** Hash of the extractor's code, data and locked packages; computed once per process. */
export function extractorFingerprint(): Promise<string> {
  fingerprint ??= hashFiles(EXTRACTION_INPUTS.map((entry) => path.join(REPO_ROOT, entry)));
  return fingerprint;
}

/**
 * Keys of the files that can be read, by source as given. A file that cannot
 * be read gets none: it is extracted as usual, which reports the problem.
 */
export async function fileKeys(sources: readonly string[]): Promise<Map<string, string>> {
  const extractor = await extractorFingerprint();
  const keys = new Map<string, string>();
  for (const source of sources) {
    const bytes = await fs.readFile(source).catch(() => null);
    if (bytes) keys.set(source, fileKey(extractor, bytes));
  }
  return keys;
}

export function fileKey(extractor: string, bytes: Uint8Array): string {
  return createHash("sha256").update(extractor).update(bytes).digest("hex");
}

async function hashFiles(entries: readonly string[]): Promise<string> {
  const files = (await Promise.all(entries.map(filesUnder))).flat().sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.relative(REPO_ROOT, file)).update("\0").update(await fs.readFile(file)).update("\0");
  return hash.digest("hex");
}

async function filesUnder(entry: string): Promise<string[]> {
  const info = await fs.stat(entry).catch(() => null);
  if (!info) return [];
  if (!info.isDirectory()) return [entry];
  const found = await fs.readdir(entry, { recursive: true, withFileTypes: true });
  return found.filter((dirent) => dirent.isFile()).map((dirent) => path.join(dirent.parentPath, dirent.name));
}
