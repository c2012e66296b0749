/**
 * Converter pinyin removal
 * ========================
 *
 * Some Simplified -> Traditional web converters leave the pinyin of each
 * converted character in parentheses right after it: `發(fā)展`, `內(nèi)蒙古`.
 * Removed: a parenthesised single Latin syllable with a tone mark (or ü),
 * or a numbered-tone syllable (`lv4`), directly after a Han character (or
 * after `?`/U+FFFD, where the converter mangled the character itself).
 * Where mojibake ate the opening parenthesis too (`們?nèi)κ`), `?syllable)`
 * with a tone mark goes as well.
 * Kept: anything else in parentheses, `(GDP)`, `(一)`, `(2021年)`, `(de)`.
 */
import { EditList, applyEdits, type Mapped } from "./offset-map.ts";

const TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêếềńňǹḿ";
const SYLLABLE = `[a-z${TONE_VOWELS}]{1,6}[1-5]?`;
/** `(` or a mojibake `?`, a syllable, `)`; what precedes is checked in code (faster than a lookbehind). */
const CANDIDATE = new RegExp(`([(?])(${SYLLABLE})\\)`, "g");
const HAN_OR_MANGLED = /[\p{Script=Han}?\uFFFD]/u;
const HAS_TONE_MARK = new RegExp(`[${TONE_VOWELS}]`, "u");
/** A syllable with a tone number: optional initial, a final with a vowel (v stands for ü). */
const NUMBERED_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouv][a-z]{0,4}[1-5]$/;
const LATIN_FINAL = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouvü]/u;

export function isConverterPinyin(syllable: string): boolean {
  if (NUMBERED_SYLLABLE.test(syllable)) return true;
  return HAS_TONE_MARK.test(syllable) && LATIN_FINAL.test(stripTones(syllable));
}

const TONELESS: Record<string, string> = {};
for (const [base, marked] of Object.entries({ a: "āáǎà", e: "ēéěèêếề", i: "īíǐì", o: "ōóǒò", u: "ūúǔùǖǘǚǜü", n: "ńňǹ", m: "ḿ" })) {
  for (const ch of marked) TONELESS[ch] = base;
}
const TONE_MARKED = new RegExp(`[${TONE_VOWELS}]`, "g");

function stripTones(syllable: string): string {
  return syllable.replace(TONE_MARKED, (ch) => TONELESS[ch] ?? ch);
}

export function removeConverterPinyin(text: string): Mapped {
  const edits = new EditList();
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const before = precedingCodePoint(text, m.index);
    const syllable = m[2]!;
    const remove =
      m[1] === "("
        ? before !== "" && HAN_OR_MANGLED.test(before) && isConverterPinyin(syllable)
        : before.trim() !== "" && HAS_TONE_MARK.test(syllable) && isConverterPinyin(syllable);
    if (remove) edits.delete(m.index, m.index + m[0].length);
  }
  return applyEdits(text, edits);
}

function precedingCodePoint(text: string, at: number): string {
  if (at === 0) return "";
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
}
