/**
 * Traditional -> Simplified, length-preserving
 * ============================================
 *
 * `toSimplified(s)` has exactly `s.length` UTF-16 units and each unit is the
 * Simplified form of the unit at the same offset, so offsets found in the
 * Simplified twin are valid in the original. It uses OpenCC's t2s data (and
 * the Hong Kong / Taiwan variant tables, so 衞 becomes 卫 like 衛) as
 * shipped by opencc-js (TSPhrases, then TSCharacters, longest match first,
 * as OpenCC does), keeping only entries whose replacement has the same
 * length: alignment holds by construction instead of being checked after the
 * fact. Dropped entries are rare characters whose Simplified form lies
 * outside the BMP (and one phrase); those characters stay as they are.
 *
 * Characters go through a Uint16Array table and buffer; phrases are looked up
 * only where their first two characters occur; long texts are converted only
 * in windows around the characters that can change.
 */
import TSCharacters from "opencc-js/dict/TSCharacters";
import TSPhrases from "opencc-js/dict/TSPhrases";
import CJKCompatibility from "opencc-js/dict/CJK_Compatibility_Ideographs";
import HKVariantsRev from "opencc-js/dict/HKVariantsRev";
import STCharacters from "opencc-js/dict/STCharacters";
import TWVariantsRev from "opencc-js/dict/TWVariantsRev";

interface ScriptTables {
  /** BMP code unit -> Simplified code unit, 0 when unchanged. */
  chars: Uint16Array;
  /** Phrases by their first two code units (`first << 16 | second`), longest first. */
  phrases: Map<number, Array<[string, string]>>;
  /** 1 for code units that start a phrase, 2 for those that are the second unit of one (bit flags). */
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
  // Hong Kong and Taiwan variant forms (衞, 綫) -> standard Traditional -> Simplified.
  // Only variants of characters that have a Simplified form, and never a character
  // that is itself Simplified (么, 着 are variants in Taiwan but plain Simplified).
  const simplified = new Set(parseDictionary(STCharacters).map(([from]) => from));
  for (const [, to] of parseDictionary(TSCharacters)) simplified.add(to);
  for (const dictionary of [HKVariantsRev, TWVariantsRev]) {
    for (const [from, to] of parseDictionary(dictionary)) {
      if (from.length !== 1 || to.length !== 1 || from === to || simplified.has(from)) continue;
      const target = chars[to.charCodeAt(0)]!;
      if (chars[from.charCodeAt(0)] === 0 && target !== 0) chars[from.charCodeAt(0)] = target;
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
  for (const [from, to] of [...parseDictionary(TSPhrases), ...aspectZhePhrases(chars)]) {
    if (from.length !== to.length || from.length < 2) continue;
    const key = bigram(from, 0);
    const list = phrases.get(key) ?? [];
    list.push([from, to]);
    phrases.set(key, list);
    phraseHeads[from.charCodeAt(0)]! |= HEAD;
    phraseHeads[from.charCodeAt(1)]! |= SECOND;
    // A phrase the character table already converts right cannot change a text on its own.
    if (convertChars(from, chars) !== to) markTriggers(from, to, chars, triggers);
  }
  for (const list of phrases.values()) list.sort((a, b) => b[0].length - a[0].length);
  for (let code = 0; code < 0x10000; code++) if (chars[code] !== 0) triggers[code] = 1;
  return { chars, phrases, phraseHeads, triggers, candidate: buildCandidatePattern(triggers) };
}

const HEAD = 1;
const SECOND = 2;

/**
 * Verbs that take the aspect particle 着, written 著 in Traditional (`圍著企業轉`).
 * OpenCC's tables leave 著 as it is (著名, 顯著 keep it), so the particle is
 * converted only after these verbs.
 */
const VERBS_BEFORE_ZHE =
  "圍隨接看帶朝沿向為忙等笑說跟靠拿守盼想穿做走活有挨順照記抓唱站坐寫聽叫望撐扛推拉牽護掛抱握懷載閃亮響盯瞄緊".split("");
const PHRASE_VERBS_BEFORE_ZHE = ["意味", "存在", "發揮", "承載", "肩負", "伴隨", "保持", "延續", "見證", "引領", "支撐", "影響", "改變", "展示", "傳承", "吸引", "關注", "面臨", "經歷", "承擔", "孕育", "蘊含", "進行", "堅持"];

/** Words that start with 著 and keep it (`等著名企業`, `有著作權`): the verb before them takes no particle. */
const ZHE_WORD_SECONDS = "名作稱称述錄录者";

function aspectZhePhrases(chars: Uint16Array): Array<[string, string]> {
  return [...VERBS_BEFORE_ZHE, ...PHRASE_VERBS_BEFORE_ZHE].flatMap((verb): Array<[string, string]> => {
    const simplified = convertChars(verb, chars);
    const kept = [...ZHE_WORD_SECONDS].map((second): [string, string] => [`${verb}著${second}`, `${simplified}著${convertChars(second, chars)}`]);
    return [[`${verb}著`, `${simplified}着`], ...kept];
  });
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
  if (text.length <= WHOLE_TEXT) return mayChange(text) ? convertSpan(text, 0, text.length).converted : text;
  return convertAroundTriggers(text);
}

/**
 * Long texts: convert only windows around the characters that can change
 * (mostly Simplified documents have a handful), copy the rest. A window
 * starts a phrase length before its trigger, so phrases that reach it match.
 */
function convertAroundTriggers(text: string): string {
  const { triggers } = getTables();
  const n = text.length;
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  for (;;) {
    while (i < n && triggers[text.charCodeAt(i)] !== 1) i++;
    if (i >= n) break;
    const start = Math.max(copied, i - WINDOW);
    // Grow the window over triggers that follow closely, so dense Traditional text is one span.
    let end = Math.min(n, i + MERGE_GAP);
    let count = 1;
    for (let j = i + 1; j < end; j++) if (triggers[text.charCodeAt(j)] === 1) (end = Math.min(n, j + MERGE_GAP)), count++;
    // One changeable character far from any other is Simplified text's own variant (黔昇建材), kept as written.
    if (count === 1) {
      i++;
      continue;
    }
    if (start > copied) parts.push(text.slice(copied, start));
    const span = convertSpan(text, start, end);
    parts.push(span.converted);
    copied = span.end;
    i = copied;
  }
  if (parts.length === 0) return text;
  if (copied < n) parts.push(text.slice(copied));
  return parts.join("");
}

/** Longer than any phrase. */
const WINDOW = 16;
/** Triggers closer than this share a window (fewer, larger spans for Traditional text). */
const MERGE_GAP = 256;

/** Convert `[start, end)`; a phrase may run past `end`, which is then moved. */
function convertSpan(text: string, start: number, end: number): { converted: string; end: number } {
  const { chars, phrases, phraseHeads } = getTables();
  const units = new Uint16Array(end - start + WINDOW);
  // A phrase may run past `end` by less than WINDOW units.
  let i = start;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((phraseHeads[code]! & HEAD) !== 0 && (phraseHeads[text.charCodeAt(i + 1)]! & SECOND) !== 0) {
      const phrase = phrases.get(bigram(text, i))?.find(([from]) => text.startsWith(from, i));
      if (phrase) {
        for (let j = 0; j < phrase[1].length; j++) units[i - start + j] = phrase[1].charCodeAt(j);
        i += phrase[1].length - 1;
        continue;
      }
    }
    units[i - start] = chars[code] || code;
  }
  const filled = units.subarray(0, i - start);
  const converted = filled.length <= SHORT_TEXT ? String.fromCharCode.apply(null, filled as unknown as number[]) : UTF16.decode(filled);
  return { converted, end: i };
}

/** Below this length fromCharCode beats TextDecoder (and stays within argument limits). */
const SHORT_TEXT = 4096;
/** Up to this length a text is converted whole (a title, a line, a name); longer ones around their triggers. */
const WHOLE_TEXT = 200;

/** A table loop for short texts (lines). */
function mayChange(text: string): boolean {
  const { triggers } = getTables();
  for (let i = 0; i < text.length; i++) if (triggers[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Our strings come from decoders and hold no lone surrogates, so this is lossless. */
const UTF16 = new TextDecoder("utf-16le");

/** Whether a text holds characters that toSimplified would change. */
export function hasTraditional(text: string): boolean {
  return toSimplified(text) !== text;
}
