/**
 * Read-only guard for user Cypher
 * ===============================
 *
 * Cypher typed by users (kg query --cypher, kg export --cypher, the
 * explorer's console and API) is checked before it reaches Neo4j, on the
 * tokens of cypher-tokens.ts, so comments, strings, case and odd whitespace
 * cannot hide anything:
 *   - write clauses (CREATE, MERGE, SET, DELETE, DETACH, REMOVE, FOREACH,
 *     INSERT, DROP) and LOAD CSV (a read for Neo4j, but it reads files on the
 *     server and URLs on the network) are rejected;
 *   - procedures must be on an allow-list of schema and full-text reads
 *     (everything else, dbms.* above all, is rejected), and functions in a
 *     namespace must be built-in temporal, spatial or vector ones (plugin
 *     functions such as apoc.cypher.runFirstColumn run arbitrary Cypher);
 *   - administration commands, USE (another database), SHOW other than
 *     indexes and constraints, CALL … IN TRANSACTIONS and several statements
 *     are rejected.
 * Neo4j's READ access mode (src/neo4j/read.ts) stays the second line of
 * defence. A rejected query raises ReadOnlyViolationError naming the word and
 * where it is; a name that happens to be a keyword can be written in backticks.
 */
import { ReadOnlyViolationError } from "../errors.ts";
import { positionOf, tokenizeCypher, type CypherToken } from "./cypher-tokens.ts";

/** Procedures user Cypher may call (compared case-insensitively). */
export const ALLOWED_PROCEDURES: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.index.fulltext.listAvailableAnalyzers",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
];

/** Namespaced functions user Cypher may call: built-in and side-effect free. */
const ALLOWED_FUNCTION_PREFIXES = ["date.", "datetime.", "localdatetime.", "localtime.", "time.", "duration.", "point.", "vector.similarity."];
const ALLOWED_FUNCTIONS = new Set(["db.namefromelementid"]);

const WRITE_CLAUSES: Record<string, string> = {
  CREATE: "CREATE writes to the graph",
  MERGE: "MERGE writes to the graph",
  SET: "SET writes to the graph",
  DELETE: "DELETE writes to the graph",
  DETACH: "DETACH DELETE writes to the graph",
  REMOVE: "REMOVE writes to the graph",
  FOREACH: "FOREACH is only for writes",
  INSERT: "INSERT writes to the graph",
  DROP: "DROP changes the schema",
  LOAD: "LOAD CSV reads files and URLs from the server",
  USE: "USE switches to another database; queries run on the explorer's own",
  TRANSACTIONS: "CALL { … } IN TRANSACTIONS is for batched writes",
  PERIODIC: "USING PERIODIC COMMIT is for batched writes",
};

/** Administration commands; they can only open a statement, so other uses of the words (a variable `start`) pass. */
const ADMIN_COMMANDS = new Set(["ALTER", "GRANT", "DENY", "REVOKE", "RENAME", "START", "STOP", "TERMINATE", "ENABLE", "DEALLOCATE", "REALLOCATE", "DRYRUN"]);
/** What may follow SHOW (after words such as ALL, RANGE, FULLTEXT). */
const SHOWABLE = new Set(["INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS"]);
const SHOW_MODIFIERS = new Set(["ALL", "RANGE", "FULLTEXT", "TEXT", "POINT", "VECTOR", "LOOKUP", "UNIQUE", "UNIQUENESS", "KEY", "NODE", "RELATIONSHIP", "REL", "EXIST", "EXISTENCE", "EXISTS", "PROPERTY", "TYPE", "BTREE"]);

/** Throws ReadOnlyViolationError when `query` could write, administer, or reach outside the graph. */
export function assertReadOnlyCypher(query: string): void {
  const tokens = tokenizeCypher(query);
  const reject = (token: CypherToken, why: string): never => {
    throw new ReadOnlyViolationError(`read-only: ${why} (${positionOf(query, token.start)}); only reading queries run here`);
  };
  checkSingleStatement(tokens, reject);
  const starts = statementStarts(tokens);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if ((token.kind !== "word" && token.kind !== "name") || !isKeywordPosition(tokens, index)) continue;
    if (token.kind === "word") {
      const word = keyword(token.text);
      const write = WRITE_CLAUSES[word];
      if (write) reject(token, write);
      if (ADMIN_COMMANDS.has(word) && starts.has(index)) reject(token, `${word} is an administration command`);
      if (word === "SHOW") checkShow(tokens, index, reject);
      if (word === "CALL") {
        index = checkCall(tokens, index, reject) - 1;
        continue;
      }
    }
    checkFunction(tokens, index, reject);
  }
}

type Reject = (token: CypherToken, why: string) => never;

function checkSingleStatement(tokens: CypherToken[], reject: Reject): void {
  const semicolon = tokens.findIndex((token) => token.kind === "symbol" && token.text === ";");
  if (semicolon >= 0 && semicolon < tokens.length - 1) reject(tokens[semicolon]!, "one statement at a time");
}

/**
 * Upper-case form of a word for keyword comparison. Both foldings, so that
 * letters whose upper case is ASCII (ſ -> S, ı -> I) match as Neo4j might.
 */
function keyword(word: string): string {
  const upper = word.toUpperCase();
  return /^[A-Z]+$/.test(upper) ? upper : word.toLowerCase().toUpperCase();
}

/**
 * False where a word is certainly a name: right after `.` of a property
 * (not after a number: `1.` might be a float), after `:` of a label or type,
 * after `$` of a parameter, or right before `:` (a map key, `(set:Label)`).
 */
function isKeywordPosition(tokens: CypherToken[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (next?.kind === "symbol" && next.text === ":" && !(tokens[index + 2]?.kind === "symbol" && tokens[index + 2]!.text === ":")) return false;
  if (!previous || previous.kind !== "symbol" || previous.end !== token.start) return true;
  if (previous.text === "$" || previous.text === ":") return false;
  if (previous.text === ".") {
    const owner = tokens[index - 2];
    return !owner || owner.kind === "number" || owner.end !== previous.start;
  }
  return true;
}

/** Indices of the first clause of each statement: after EXPLAIN, PROFILE and `CYPHER [version] [option=value ...]`. */
function statementStarts(tokens: CypherToken[]): Set<number> {
  const starts = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    for (;;) {
      const word = tokens[i]?.kind === "word" ? keyword(tokens[i]!.text) : "";
      if (word === "EXPLAIN" || word === "PROFILE") i++;
      else if (word === "CYPHER") {
        i++;
        if (tokens[i]?.kind === "number") i++;
        while (tokens[i + 1]?.text === "=" && tokens[i + 2]) i += 3;
      } else break;
    }
    starts.add(i);
    while (i < tokens.length && !(tokens[i]!.kind === "symbol" && tokens[i]!.text === ";")) i++;
    i++;
  }
  return starts;
}

function checkShow(tokens: CypherToken[], index: number, reject: Reject): void {
  let i = index + 1;
  while (tokens[i]?.kind === "word" && SHOW_MODIFIERS.has(keyword(tokens[i]!.text))) i++;
  const target = tokens[i];
  if (target?.kind === "word" && SHOWABLE.has(keyword(target.text))) return;
  reject(tokens[index]!, `SHOW ${target ? keyword(target.text) : ""} is an administration command (SHOW INDEXES and SHOW CONSTRAINTS are allowed)`.replace("  ", " "));
}

/**
 * CALL { … } and CALL (x) { … } are subqueries; anything else names a
 * procedure, which must be allowed. Returns the index after what was read.
 */
function checkCall(tokens: CypherToken[], index: number, reject: Reject): number {
  const next = tokens[index + 1];
  if (!next) reject(tokens[index]!, "CALL without a procedure");
  if (next!.kind === "symbol" && (next!.text === "{" || next!.text === "(")) return index + 1;
  const { name, end } = dottedName(tokens, index + 1);
  if (name === null) reject(tokens[index]!, "CALL must name a procedure");
  if (!ALLOWED_PROCEDURES.some((allowed) => allowed.toLowerCase() === name!.toLowerCase())) {
    reject(tokens[index]!, `the procedure ${name} is not allowed; allowed: ${ALLOWED_PROCEDURES.join(", ")}`);
  }
  return end;
}

/** A namespaced function call `ns.fn(`: only the built-in temporal, spatial and vector functions. */
function checkFunction(tokens: CypherToken[], index: number, reject: Reject): void {
  const { name, end, parts } = dottedName(tokens, index);
  if (name === null || parts < 2) return;
  const after = tokens[end];
  if (!after || after.kind !== "symbol" || after.text !== "(") return;
  const lower = name.toLowerCase();
  if (ALLOWED_FUNCTIONS.has(lower) || ALLOWED_FUNCTION_PREFIXES.some((prefix) => lower.startsWith(prefix))) return;
  reject(tokens[index]!, `the function ${name} is not allowed (functions in a namespace must be built-in date, time, duration, point or vector ones)`);
}

/** `a.b.c` (words or `quoted names`, dots with or without spaces) starting at `start`. */
function dottedName(tokens: CypherToken[], start: number): { name: string | null; end: number; parts: number } {
  const parts: string[] = [];
  let i = start;
  for (;;) {
    const token = tokens[i];
    if (!token || (token.kind !== "word" && token.kind !== "name")) return { name: null, end: i, parts: parts.length };
    parts.push(token.text);
    i++;
    const dot = tokens[i];
    if (!dot || dot.kind !== "symbol" || dot.text !== ".") break;
    i++;
  }
  return { name: parts.join("."), end: i, parts: parts.length };
}
