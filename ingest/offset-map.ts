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

/**
 * The result of applying edits. Its map is built on demand; `composeOnto`
 * builds the map to an earlier text directly (unchanged runs are copied from
 * the earlier map in one block), which is what a pipeline of passes needs.
 */
export class EditedText implements Mapped {
  private map: Int32Array | null = null;

  constructor(
    readonly input: string,
    readonly edits: EditList,
    readonly text: string,
  ) {}

  get toSource(): Int32Array {
    this.map ??= buildMap(this.input.length, this.edits, this.text.length, null);
    return this.map;
  }

  /** Output offset -> offset in whatever `outer` maps this pass's input to. */
  composeOnto(outer: Int32Array): Int32Array {
    if (this.edits.size === 0) return outer;
    return buildMap(this.input.length, this.edits, this.text.length, outer);
  }
}

/** The text as it was. */
export function unchanged(text: string): EditedText {
  return new EditedText(text, new EditList(), text);
}

/** Apply edits (already in input order, non-overlapping); the offset map comes on demand. */
export function applyEdits(input: string, edits: EditList): EditedText {
  if (edits.size === 0) return unchanged(input);
  const { starts, ends, replacements } = edits;
  const parts: string[] = [];
  let from = 0;
  for (let e = 0; e < starts.length; e++) {
    if (starts[e]! > from) parts.push(input.slice(from, starts[e]));
    if (replacements[e]!.length > 0) parts.push(replacements[e]!);
    from = ends[e]!;
  }
  if (from < input.length) parts.push(input.slice(from));
  return new EditedText(input, edits, parts.join(""));
}

function buildMap(inputLength: number, edits: EditList, outputLength: number, outer: Int32Array | null): Int32Array {
  const { starts, ends, replacements } = edits;
  const map = new Int32Array(outputLength + 1);
  const origin = (k: number) => (outer === null ? k : outer[k]!);
  const copy = (from: number, to: number, at: number) => {
    if (outer !== null) map.set(outer.subarray(from, to), at);
    else for (let k = from; k < to; k++) map[at + k - from] = k;
  };
  let from = 0;
  let out = 0;
  for (let e = 0; e < starts.length; e++) {
    const start = starts[e]!;
    const end = ends[e]!;
    const length = replacements[e]!.length;
    copy(from, start, out);
    out += start - from;
    const sameLength = length === end - start;
    for (let j = 0; j < length; j++) map[out++] = origin(sameLength ? start + j : start);
    from = end;
  }
  copy(from, inputLength, out);
  out += inputLength - from;
  map[out] = origin(inputLength);
  return map;
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
