/**
 * Test access to the sample corpus
 * ================================
 *
 * The five real documents live beside the repository in ../shared/corpus
 * (KG_CORPUS overrides; /work/shared/corpus when the checkout is elsewhere).
 * Tests that need whole documents read them from there.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CANDIDATES = [process.env.KG_CORPUS, path.resolve(REPO_ROOT, "../shared/corpus"), "/work/shared/corpus"];

export const CORPUS_DIR = CANDIDATES.find((dir): dir is string => Boolean(dir) && fs.existsSync(dir!)) ?? CANDIDATES[1]!;

export function corpusFile(prefix: string): string {
  const name = fs.readdirSync(CORPUS_DIR).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no corpus file starting with ${prefix} in ${CORPUS_DIR}`);
  return path.join(CORPUS_DIR, name);
}

/** Makes `dir` hold copies of `files` and nothing else (a working copy a test may edit). */
export function copyInto(dir: string, files: readonly string[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const file of files) fs.copyFileSync(file, path.join(dir, path.basename(file)));
}
