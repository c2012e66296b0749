/**
 * Whitespace passes
 * =================
 *
 * `trimLines`: no leading or trailing spaces on a line, no runs of spaces
 * inside one (scraped pages indent with spaces; PDF page starts add one).
 * `tidyBlankLines`: at most one blank line between paragraphs, none at the
 * start or end of the text. Both only delete characters, so offsets stay exact.
 */
import { EditList, applyEdits, type Mapped } from "./offset-map.ts";

const SPACES = / +/g;

export function trimLines(text: string): Mapped {
  const edits = new EditList();
  SPACES.lastIndex = 0;
  for (let m = SPACES.exec(text); m !== null; m = SPACES.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const atEdge = start === 0 || text[start - 1] === "\n" || end === text.length || text[end] === "\n";
    if (atEdge) edits.delete(start, end);
    else if (end - start > 1) edits.delete(start + 1, end);
  }
  return applyEdits(text, edits);
}

const EXTRA_NEWLINES = /^\n+|\n{3,}|\n+$/g;

export function tidyBlankLines(text: string): Mapped {
  const edits = new EditList();
  EXTRA_NEWLINES.lastIndex = 0;
  for (let m = EXTRA_NEWLINES.exec(text); m !== null; m = EXTRA_NEWLINES.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const atEdge = start === 0 || end === text.length;
    edits.delete(atEdge ? start : start + 2, end);
  }
  return applyEdits(text, edits);
}
