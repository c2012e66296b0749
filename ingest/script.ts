/**
 * Traditional -> Simplified, length-preserving
 * ============================================
 *
 * `toSimplified(s)` has exactly `s.length` UTF-16 units and each unit is the
 * Simplified form of the unit at the same offset, so offsets found in the
 * Simplified twin are valid in the original. It uses OpenCC's t2s data as
 * shipped by opencc-js (TSPhrases, then TSCharacters, longest match first,
 * as OpenCC does), keeping only entries whose replacement has the same
 * length: alignment holds by construction instead of being checked after the
 * fact. Dropped entries are rare characters whose Simplified form lies
 * outside the BMP (and one phrase); those characters stay as they are.
 *
 * Characters go through a Uint16Array table and buffer; phrases are looked up
 * only where their first two characters occur.
 */
import TSCharacters from "opencc-js/dict/TSCharacters";
import TSPhrases from "opencc-js/dict/TSPhrases";
import CJKCompatibility from "opencc-js/dict/CJK_Compatibility_Ideographs";

interface ScriptTables {
  /** BMP code unit -> Simplified code unit, 0 when unchanged. */
  chars: Uint16Array;
  /** Phrases by their first two code units (`first << 16 | second`), longest first. */
  phrases: Map<number, Array<[string, string]>>;
  /** 1 for code units that start a phrase. */
  phraseHeads: Uint8Array;
  /** 1 for code units without which a text cannot change. */
  triggers: Uint8Array;
  /** The same as a regex, for long texts. */
  candidate: RegExp;
}

let tables: ScriptTables | null = null;

function parseDictionary(dictionary: string): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const entry of dictionary.split("|")) {
    const [from, to] = entry.split(" ");
    if (from && to) entries.push([from, to]);
  }
  return entries;
}

function buildTables(): ScriptTables {
  const chars = new Uint16Array(0x10000);
  for (const dictionary of [CJKCompatibility, TSCharacters]) {
    for (const [from, to] of parseDictionary(dictionary)) {
      if (from.length === 1 && to.length === 1 && from !== to) chars[from.charCodeAt(0)] = to.charCodeAt(0);
    }
  }
  // Compatibility ideographs whose unified form is itself Traditional.
  for (let code = 0; code < 0x10000; code++) {
    const first = chars[code]!;
    if (first !== 0 && chars[first] !== 0) chars[code] = chars[first]!;
  }
  const phrases = new Map<number, Array<[string, string]>>();
  const phraseHeads = new Uint8Array(0x10000);
  const triggers = new Uint8Array(0x10000);
  for (const [from, to] of parseDictionary(TSPhrases)) {
    if (from.length !== to.length || from.length < 2) continue;
    const key = bigram(from, 0);
    const list = phrases.get(key) ?? [];
    list.push([from, to]);
    phrases.set(key, list);
    phraseHeads[from.charCodeAt(0)] = 1;
    // A phrase the character table already converts right cannot change a text on its own.
    if (convertChars(from, chars) !== to) markTriggers(from, to, chars, triggers);
  }
  for (const list of phrases.values()) list.sort((a, b) => b[0].length - a[0].length);
  for (let code = 0; code < 0x10000; code++) if (chars[code] !== 0) triggers[code] = 1;
  return { chars, phrases, phraseHeads, triggers, candidate: buildCandidatePattern(triggers) };
}

function bigram(text: string, at: number): number {
  return ((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1)) >>> 0;
}

function convertChars(text: string, chars: Uint16Array): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(chars[text.charCodeAt(i)] || text.charCodeAt(i));
  return out;
}

/**
 * A text can only change if it holds a converting character or a phrase;
 * a phrase without converting characters (`反覆` -> `反复`) is recognised by
 * the characters it changes (覆), not by its other ones (反 is everywhere).
 */
function markTriggers(from: string, to: string, chars: Uint16Array, triggers: Uint8Array): void {
  for (let i = 0; i < from.length; i++) if (chars[from.charCodeAt(i)] !== 0) return;
  for (let i = 0; i < from.length; i++) if (from[i] !== to[i]) triggers[from.charCodeAt(i)] = 1;
}

/** A regex character class of the code units that can make a text change. */
function buildCandidatePattern(triggers: Uint8Array): RegExp {
  let cls = "";
  for (let code = 0; code < 0x10000; code++) {
    if (!triggers[code]) continue;
    let end = code;
    while (end + 1 < 0x10000 && triggers[end + 1]) end++;
    cls += end === code ? unicodeEscape(code) : `${unicodeEscape(code)}-${unicodeEscape(end)}`;
    code = end;
  }
  return new RegExp(`[${cls}]`);
}

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

function getTables(): ScriptTables {
  tables ??= buildTables();
  return tables;
}

/** The Simplified form of `text`, with exactly the same length and alignment. */
export function toSimplified(text: string): string {
  const { chars, phrases, phraseHeads } = getTables();
  if (!mayChange(text)) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (phraseHeads[code] === 1 && i + 1 < text.length) {
      const phrase = phrases.get(bigram(text, i))?.find(([from]) => text.startsWith(from, i));
      if (phrase) {
        for (let j = 0; j < phrase[1].length; j++) units[i + j] = phrase[1].charCodeAt(j);
        i += phrase[1].length - 1;
        continue;
      }
    }
    units[i] = chars[code] || code;
  }
  return units.length <= SHORT_TEXT ? String.fromCharCode.apply(null, units as unknown as number[]) : UTF16.decode(units);
}

/** Below this length fromCharCode beats TextDecoder (and stays within argument limits). */
const SHORT_TEXT = 4096;

/** A table loop for short texts (lines), the compiled regex for long ones. */
function mayChange(text: string): boolean {
  const { triggers, candidate } = getTables();
  if (text.length > SHORT_TEXT) return candidate.test(text);
  for (let i = 0; i < text.length; i++) if (triggers[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Our strings come from decoders and hold no lone surrogates, so this is lossless. */
const UTF16 = new TextDecoder("utf-16le");

/** Whether a text holds characters that toSimplified would change. */
export function hasTraditional(text: string): boolean {
  return toSimplified(text) !== text;
}
