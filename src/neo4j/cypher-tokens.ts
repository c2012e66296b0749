/**
 * Cypher tokens
 * =============
 *
 * A small tokenizer for checking user Cypher before it runs (see
 * cypher-guard.ts). It knows what hides code from a naive search: strings
 * ('…', "…" with backslash escapes), quoted names (`…` with `` for a
 * backtick), comments (// to the end of the line, /* … *\/), and it splits
 * words wherever Neo4j could: a word is a run of letters, digits and `_` only,
 * so any other character (Unicode spaces, zero-width and format characters,
 * symbols) separates words, and a number never swallows the letters after it.
 * Where Neo4j's lexer might read the text differently (an unterminated string
 * or comment, a number glued to a word), the tokenizer refuses rather than
 * guesses: the guard errs on the side of rejecting.
 */
import { ReadOnlyViolationError } from "../errors.ts";

export type CypherTokenKind = "word" | "name" | "string" | "number" | "symbol";

export interface CypherToken {
  kind: CypherTokenKind;
  /** Words: as written; names: without backticks; strings: raw inner text; symbols: the character. */
  text: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{Nd}_]/u;
const DIGIT = /[0-9]/;
/** Ends a `//` comment. Neo4j may end it at fewer of these: ending early only exposes more text to the checks. */
const LINE_END = /[\n\r\u000B\u000C\u0085\u2028\u2029]/;
/** Cypher number literals: hex, octal, decimal with fraction and exponent (underscores between digits). */
const NUMBER = /^(?:0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*(?:\.[0-9][0-9_]*)?(?:[eE][+-]?[0-9]+)?)/;

export function tokenizeCypher(query: string): CypherToken[] {
  const tokens: CypherToken[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    if (char === "/" && query[i + 1] === "/") {
      i += 2;
      while (i < query.length && !LINE_END.test(query[i]!)) i++;
    } else if (char === "/" && query[i + 1] === "*") {
      const close = query.indexOf("*/", i + 2);
      if (close < 0) throw refuse(query, i, "a /* comment is not closed");
      i = close + 2;
    } else if (char === "'" || char === '"') {
      i = pushString(query, i, tokens);
    } else if (char === "`") {
      i = pushName(query, i, tokens);
    } else if (DIGIT.test(char)) {
      const literal = NUMBER.exec(query.slice(i, i + 400))![0];
      const end = i + literal.length;
      if (end < query.length && WORD_CHAR.test(query[end]!)) throw refuse(query, i, `the number "${query.slice(i, end + 1)}…" runs into a word; put a space between them`);
      tokens.push({ kind: "number", text: literal, start: i, end });
      i = end;
    } else if (WORD_CHAR.test(char)) {
      let end = i + 1;
      while (end < query.length && WORD_CHAR.test(query[end]!)) end++;
      tokens.push({ kind: "word", text: query.slice(i, end), start: i, end });
      i = end;
    } else if (/\s/.test(char) || isIgnorable(char)) {
      i++;
    } else {
      const code = query.codePointAt(i)!;
      const width = code > 0xffff ? 2 : 1;
      tokens.push({ kind: "symbol", text: query.slice(i, i + width), start: i, end: i + width });
      i += width;
    }
  }
  return tokens;
}

/** Control and format characters (zero-width space, BOM...) separate tokens like spaces do. */
function isIgnorable(char: string): boolean {
  return /[\p{Cc}\p{Cf}]/u.test(char);
}

function pushString(query: string, start: number, tokens: CypherToken[]): number {
  const quote = query[start]!;
  let i = start + 1;
  while (i < query.length) {
    const char = query[i]!;
    if (char === "\\") i += 2;
    else if (char === quote) {
      tokens.push({ kind: "string", text: query.slice(start + 1, i), start, end: i + 1 });
      return i + 1;
    } else i++;
  }
  throw refuse(query, start, `a string opened with ${quote} is not closed`);
}

function pushName(query: string, start: number, tokens: CypherToken[]): number {
  let i = start + 1;
  let name = "";
  while (i < query.length) {
    if (query[i] === "`") {
      if (query[i + 1] === "`") {
        name += "`";
        i += 2;
        continue;
      }
      tokens.push({ kind: "name", text: name, start, end: i + 1 });
      return i + 1;
    }
    name += query[i];
    i++;
  }
  throw refuse(query, start, "a `quoted name` is not closed");
}

function refuse(query: string, at: number, what: string): ReadOnlyViolationError {
  return new ReadOnlyViolationError(`cannot check this query (${what}, ${positionOf(query, at)})`);
}

/** "line 2, column 5" (1-based) of an offset. */
export function positionOf(query: string, offset: number): string {
  const before = query.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}
