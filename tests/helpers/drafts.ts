/**
 * Report drafts for extractor tests
 * =================================
 *
 * Builds a ReportDraft from a snippet of Simplified text, the way the splitter
 * would, so extractor tests can run on short real excerpts.
 */
import type { ReportDraft } from "../../ingest/types.ts";

export function draftOf(text: string, title = "", source = "snippet.txt"): ReportDraft {
  return { source, index: 0, title, titleMatch: title, text, match: text, offset: 0, dateHint: null };
}
