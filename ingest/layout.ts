/**
 * Layout detection
 * ================
 *
 * Text copied out of a PDF is "wrapped": most lines are cut at the same page
 * width, mid-sentence. Text from web pages and editors "flows": one line per
 * paragraph, lengths all over the place. The joining, page-artefact and
 * caption passes behave differently for the two, so the layout is decided
 * once per document from the widths of its non-blank lines.
 */
import { displayWidth, isBlank, lineSpans } from "./lines.ts";

export type Layout = "wrapped" | "flowing";

export interface LayoutInfo {
  layout: Layout;
  /** Typical full line width (display columns) of a wrapped text; 0 when flowing. */
  width: number;
}

const MIN_LINES = 8;
/** A printed line holds at most ~100 CJK characters. */
const MAX_WRAP_WIDTH = 200;
const FULL_SHARE = 0.5;
/** A line this close to the typical width was cut by the page, not by its writer. */
export const FULL_LINE_RATIO = 0.75;

export function detectLayout(text: string): LayoutInfo {
  const widths: number[] = [];
  for (const line of lineSpans(text)) {
    if (!isBlank(text, line)) widths.push(displayWidth(text.slice(line.start, line.end).trim()));
  }
  if (widths.length < MIN_LINES) return { layout: "flowing", width: 0 };
  const sorted = [...widths].sort((a, b) => a - b);
  const width = sorted[Math.floor(0.9 * (sorted.length - 1))]!;
  if (width > MAX_WRAP_WIDTH || width < 10) return { layout: "flowing", width: 0 };
  const nearFull = widths.filter((w) => w >= FULL_LINE_RATIO * width && w <= 1.15 * width).length;
  return nearFull / widths.length >= FULL_SHARE ? { layout: "wrapped", width } : { layout: "flowing", width: 0 };
}
