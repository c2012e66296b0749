/**
 * Unicode cleanup passes
 * ======================
 *
 * `cleanControls`: one newline convention (\r\n, \r, form feed, U+2028 ... -> \n),
 * tabs -> spaces, invisible format characters and stray control characters
 * deleted.
 * `nfkcWithMap`: NFKC (full-width digits and punctuation to ASCII, ① -> 1,
 * compatibility ideographs to unified ones, U+3000 -> space), character by
 * character so the offset map stays exact. Only code points that NFKC can
 * change are visited, found through a table built once from Unicode data.
 */
import { EditList, applyEdits, type Mapped } from "./offset-map.ts";

// Line breaks other than \n; tab; zero-width and bidi marks, soft hyphen, BOM, C0/C1 controls.
const CONTROL =
  /[\r\f\v\u0085\u2028\u2029\t\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const LINE_BREAK_CHARS = "\r\f\v\u0085\u2028\u2029";

export function cleanControls(text: string): Mapped {
  const edits = new EditList();
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(text); m !== null; m = CONTROL.exec(text)) {
    const found = m[0];
    const at = m.index;
    if (found === "\r" && text[at + 1] === "\n") edits.delete(at, at + 1);
    else if (found === "\t") edits.add(at, at + 1, " ");
    else if (LINE_BREAK_CHARS.includes(found)) edits.add(at, at + 1, "\n");
    else edits.delete(at, at + 1);
  }
  return applyEdits(text, edits);
}

/** Per BMP code unit: 0 stays under NFKC, 1 changes alone, 2 combining (composes with the unit before). */
let nfkcFlags: Uint8Array | null = null;
const nfkcOfUnit = new Map<number, string>();

const COMBINING = /^[\p{M}\u1160-\u11FF]$/u;
const HIGH_SURROGATE = 3;

function flags(): Uint8Array {
  if (nfkcFlags) return nfkcFlags;
  const table = new Uint8Array(0x10000);
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdbff) table[code] = HIGH_SURROGATE;
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const s = String.fromCharCode(code);
    if (COMBINING.test(s)) table[code] = 2;
    else if (s.normalize("NFKC") !== s) table[code] = 1;
  }
  nfkcFlags = table;
  return table;
}

function normalizedUnit(code: number): string {
  let normalized = nfkcOfUnit.get(code);
  if (normalized === undefined) {
    normalized = String.fromCharCode(code).normalize("NFKC");
    nfkcOfUnit.set(code, normalized);
  }
  return normalized;
}

/**
 * One scan over the code units: a unit that changes alone and is not followed
 * by a combining mark takes the cached NFKC of itself (the common case:
 * full-width punctuation); anything involving marks or astral characters is
 * normalised as a cluster (base + marks).
 */
export function nfkcWithMap(text: string): Mapped {
  const table = flags();
  const edits = new EditList();
  const n = text.length;
  let lastEnd = 0;
  for (let i = 0; i < n; i++) {
    const flag = table[text.charCodeAt(i)]!;
    if (flag === 0) continue;
    const nextIsMark = i + 1 < n && table[text.charCodeAt(i + 1)] === 2;
    if (flag === 1 && !nextIsMark) {
      edits.add(i, i + 1, normalizedUnit(text.charCodeAt(i)));
      lastEnd = i + 1;
      continue;
    }
    let start = i;
    let end = flag === HIGH_SURROGATE && i + 1 < n ? i + 2 : i + 1;
    if (flag === 2 && start > lastEnd) start = previousCodePointStart(text, start, lastEnd);
    while (end < n && table[text.charCodeAt(end)] === 2) end++;
    const segment = text.slice(start, end);
    const normalized = segment.normalize("NFKC");
    if (normalized !== segment) edits.add(start, end, normalized);
    lastEnd = end;
    i = end - 1;
  }
  return applyEdits(text, edits);
}

function previousCodePointStart(text: string, at: number, floor: number): number {
  let start = at - 1;
  const code = text.charCodeAt(start);
  if (code >= 0xdc00 && code <= 0xdfff && start - 1 >= floor) start--;
  return Math.max(start, floor);
}
