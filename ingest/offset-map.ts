/**
 * Offset maps for text rewriting
 * ==============================
 *
 * Every normalisation pass rewrites a string by a list of non-overlapping
 * edits (replace `[start, end)` of the input by some text). Applying the
 * edits yields the new text plus a map from each output offset back to the
 * input offset it came from; maps of successive passes compose by lookup.
 *
 * Map convention (length output.length + 1, non-decreasing):
 * - an unchanged character maps to its own input offset;
 * - a same-length replacement maps character by character;
 * - a replacement of another length maps all its characters to the start of
 *   what it replaced (e.g. NFKC `…` -> `...`);
 * - deleted input is skipped, so it belongs to the slice of the character
 *   before it: `input.slice(map[i], map[i + 1])` is character i plus any
 *   deletion right after it;
 * - the last entry is input.length.
 */

/** A rewritten string and where each of its offsets came from. */
export interface Mapped {
  text: string;
  /** Output offset -> input offset; length text.length + 1. */
  toSource: Int32Array;
}

/** Edits collected in parallel arrays (no object per edit), kept in input order. */
export class EditList {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly replacements: string[] = [];

  get size(): number {
    return this.starts.length;
  }

  /** Replace input `[start, end)` by `replacement` (default: delete it). */
  add(start: number, end: number, replacement = ""): void {
    const last = this.ends.length - 1;
    if (start > end) throw new RangeError(`edit start ${start} is after its end ${end}`);
    if (last >= 0 && start < this.ends[last]!) {
      throw new RangeError(`edit at ${start} overlaps or precedes the edit ending at ${this.ends[last]}`);
    }
    if (start === end && replacement === "") return;
    this.starts.push(start);
    this.ends.push(end);
    this.replacements.push(replacement);
  }

  delete(start: number, end: number): void {
    this.add(start, end, "");
  }
}

export function identityMap(length: number): Int32Array {
  const map = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) map[i] = i;
  return map;
}

/** The text as it was; the identity map is only built if someone asks for it. */
export function unchanged(text: string): Mapped {
  let map: Int32Array | null = null;
  return {
    text,
    get toSource() {
      map ??= identityMap(text.length);
      return map;
    },
  };
}

/** Apply edits (already in input order, non-overlapping) and build the offset map. */
export function applyEdits(input: string, edits: EditList): Mapped {
  if (edits.size === 0) return unchanged(input);
  const { starts, ends, replacements } = edits;
  let outputLength = input.length;
  for (let e = 0; e < starts.length; e++) {
    outputLength += replacements[e]!.length - (ends[e]! - starts[e]!);
  }
  const map = new Int32Array(outputLength + 1);
  const parts: string[] = [];
  let from = 0;
  let out = 0;
  for (let e = 0; e < starts.length; e++) {
    const start = starts[e]!;
    const end = ends[e]!;
    const replacement = replacements[e]!;
    if (start > from) parts.push(input.slice(from, start));
    for (let k = from; k < start; k++) map[out++] = k;
    if (replacement.length > 0) parts.push(replacement);
    const sameLength = replacement.length === end - start;
    for (let j = 0; j < replacement.length; j++) map[out++] = sameLength ? start + j : start;
    from = end;
  }
  if (from < input.length) parts.push(input.slice(from));
  for (let k = from; k < input.length; k++) map[out++] = k;
  map[out] = input.length;
  return { text: parts.join(""), toSource: map };
}

/**
 * Compose maps: `outer` maps pass input -> original, `inner` maps pass output
 * -> pass input; the result maps pass output -> original.
 */
export function composeMaps(outer: Int32Array, inner: Int32Array): Int32Array {
  const composed = new Int32Array(inner.length);
  for (let i = 0; i < inner.length; i++) composed[i] = outer[inner[i]!]!;
  return composed;
}

/** composeMaps writing into `inner` (which the caller owns and no longer needs): one allocation less per pass. */
export function composeMapsInPlace(outer: Int32Array, inner: Int32Array): Int32Array {
  for (let i = 0; i < inner.length; i++) inner[i] = outer[inner[i]!]!;
  return inner;
}

/** Collect edits from every match of a global regex; `edit` may add zero or more edits. */
export function editsFromMatches(
  text: string,
  pattern: RegExp,
  edit: (match: RegExpExecArray, edits: EditList) => void,
  edits: EditList = new EditList(),
): EditList {
  if (!pattern.global) throw new TypeError("editsFromMatches needs a global regex");
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    edit(match, edits);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return edits;
}

/** Shorthand: one pass made of regex-driven edits. */
export function rewriteMatches(
  text: string,
  pattern: RegExp,
  edit: (match: RegExpExecArray, edits: EditList) => void,
): Mapped {
  return applyEdits(text, editsFromMatches(text, pattern, edit));
}
