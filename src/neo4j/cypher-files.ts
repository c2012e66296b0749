/**
 * Cypher files
 * ============
 *
 * All Cypher of the project lives in cypher/*.cypher; code refers to it by
 * name (`loadCypher("load/create-facts")`) and passes values as parameters,
 * never by building query strings.
 */
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../config.ts";

export const CYPHER_DIR = path.join(REPO_ROOT, "cypher");

const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher (cached). */
export function loadCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** Names (without extension, relative to cypher/) of the files in one folder, sorted. */
export function listCypherFiles(folder: string): string[] {
  const dir = path.join(CYPHER_DIR, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .map((file) => `${folder}/${file.slice(0, -".cypher".length)}`);
}

/**
 * Splits a file of several statements (the schema files) on semicolons that
 * end a line, dropping `//` comment lines. Statements must not contain a
 * semicolon at the end of a line inside a string.
 */
export function splitStatements(text: string): string[] {
  const code = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  return code
    .split(/;[ \t]*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}
