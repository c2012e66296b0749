/**
 * Normalisation stage
 * ===================
 *
 * RawDocument -> NormalizedText through small passes, each a pure function
 * from text to text plus an offset map (see offset-map.ts); the maps compose
 * into `toRaw`. In order:
 *   controls   one newline convention, invisible characters out
 *   nfkc       NFKC, character by character (full-width -> ASCII, ① -> 1)
 *   pinyin     converter pinyin out (`發(fā)展` -> `發展`)
 *   trim       no leading/trailing/repeated spaces on a line
 *   (layout)   wrapped (PDF) or flowing, decided here once
 *   pages      page numbers and running headers out
 *   boilerplate  navigation, chrome, contact, copyright, terms, editor lines, captions out
 *   join       hard line breaks inside sentences and numbers joined
 *   spaces     stray spaces in CJK text out (`2022 年` -> `2022年`)
 *   tidy       at most one blank line between paragraphs
 * Boilerplate goes before joining so that a sentence cut by a caption or a
 * page number is mended; joining goes before the space pass so that line
 * widths are still those of the page. Finally `match` = toSimplified(text).
 */
import { detectLayout, type Layout, type LayoutInfo } from "./layout.ts";
import { joinHardBreaks } from "./line-join.ts";
import { EditedText, composeMapsInPlace, identityMap, type Mapped } from "./offset-map.ts";
import { removePageArtefacts } from "./page-artefacts.ts";
import { removeConverterPinyin } from "./pinyin.ts";
import { removeBoilerplate } from "./boilerplate.ts";
import type { PassResult, Removal } from "./removal.ts";
import { toSimplified } from "./script.ts";
import { removeStraySpaces } from "./stray-spaces.ts";
import { cleanControls, nfkcWithMap } from "./unicode-cleanup.ts";
import { tidyBlankLines, trimLines } from "./whitespace.ts";
import type { NormalizedText, RawDocument } from "./types.ts";

export { cleanControls, nfkcWithMap } from "./unicode-cleanup.ts";
export { removeConverterPinyin } from "./pinyin.ts";
export { trimLines, tidyBlankLines } from "./whitespace.ts";
export { detectLayout } from "./layout.ts";
export { removePageArtefacts } from "./page-artefacts.ts";
export { removeBoilerplate, classifyLines } from "./boilerplate.ts";
export { joinHardBreaks } from "./line-join.ts";
export { removeStraySpaces } from "./stray-spaces.ts";
export { toSimplified } from "./script.ts";

export interface NormalizeDetail extends NormalizedText {
  layout: Layout;
  /** Lines the passes removed, with offsets into RawDocument.text. */
  removed: Removal[];
}

type Pass = (text: string, layout: LayoutInfo) => Mapped | PassResult;

/** Passes before the layout is known. */
const CHARACTER_PASSES: Array<[string, (text: string) => Mapped]> = [
  ["controls", cleanControls],
  ["nfkc", nfkcWithMap],
  ["pinyin", removeConverterPinyin],
  ["trim", trimLines],
];

const LAYOUT_PASSES: Array<[string, Pass]> = [
  ["pages", (text, layout) => removePageArtefacts(text, layout.layout)],
  ["boilerplate", (text, layout) => removeBoilerplate(text, layout.layout)],
  ["join", (text, layout) => joinHardBreaks(text, layout)],
  ["spaces", (text, layout) => removeStraySpaces(text, layout.layout)],
  ["tidy", (text) => tidyBlankLines(text)],
];

export function normalize(raw: RawDocument): NormalizedText {
  const { text, match, toRaw } = normalizeDetailed(raw);
  return { text, match, toRaw };
}

export function normalizeDetailed(raw: RawDocument): NormalizeDetail {
  let text = raw.text;
  let toRaw = identityMap(text.length);
  const removed: Removal[] = [];
  const step = (result: Mapped | PassResult) => {
    if ("removed" in result) {
      for (const removal of result.removed) removed.push({ ...removal, start: toRaw[removal.start]!, end: toRaw[removal.end]! });
    }
    if (result.text === text) return;
    toRaw = result instanceof EditedText ? result.composeOnto(toRaw) : composeMapsInPlace(toRaw, result.toSource);
    text = result.text;
  };
  for (const [, pass] of CHARACTER_PASSES) step(pass(text));
  const layout = detectLayout(text);
  for (const [, pass] of LAYOUT_PASSES) step(pass(text, layout));
  return { text, match: toSimplified(text), toRaw, layout: layout.layout, removed };
}
