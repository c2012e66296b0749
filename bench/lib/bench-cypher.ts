/**
 * Bench Cypher
 * ============
 *
 * The benchmark's own statements live in bench/cypher/*.cypher, like the
 * project's in cypher/ (never inline, always parameterised).
 */
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./probe.ts";

const cache = new Map<string, string>();

export function benchCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(REPO_ROOT, "bench", "cypher", `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}
