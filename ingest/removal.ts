/**
 * Removed lines
 * =============
 *
 * Passes that drop whole lines (page numbers, site chrome, captions, editor
 * lines) report what they dropped, so later stages can still look at it (a
 * metadata stage may want the editor or source line) and tests can say why.
 */
import { lineEndWithBreak, type Line } from "./lines.ts";
import { EditList, applyEdits, type Mapped } from "./offset-map.ts";

export type RemovalKind =
  | "page-number"
  | "navigation"
  | "chrome"
  | "contact"
  | "copyright"
  | "terms"
  | "metadata"
  | "caption";

export interface Removal {
  kind: RemovalKind;
  /** Offsets of the removed line in the text the pass received (raw offsets once normalize returns them). */
  start: number;
  end: number;
  text: string;
}

export interface PassResult extends Mapped {
  removed: Removal[];
}

/** Delete the given lines (each with its newline) and report them. */
export function removeLines(text: string, lines: Array<{ line: Line; kind: RemovalKind }>): PassResult {
  const edits = new EditList();
  const removed: Removal[] = [];
  const ordered = [...lines].sort((a, b) => a.line.start - b.line.start);
  for (const { line, kind } of ordered) {
    edits.delete(line.start, lineEndWithBreak(text, line));
    removed.push({ kind, start: line.start, end: line.end, text: text.slice(line.start, line.end).trim() });
  }
  return Object.assign(applyEdits(text, edits), { removed });
}
