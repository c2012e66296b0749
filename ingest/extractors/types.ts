/**
 * Extractor contract
 * ==================
 *
 * An extractor finds mentions of one entity type in a report. Extractors run
 * in registry order and see the mentions found before them, so a later one
 * can avoid spans an earlier one claimed (a quoted slogan is not a firm) or
 * build on them (a firm named inside a project name).
 */
import type { EntityType } from "../../src/types.ts";
import type { PlaceMention } from "../places.ts";
import type { Division } from "../gazetteer.ts";
import type { Mention, ReportDraft, ReportMeta, Sentence } from "../types.ts";

export interface ReportContext {
  draft: ReportDraft;
  meta: ReportMeta;
  sentences: Sentence[];
  /** Place mentions over the whole report (Simplified text), resolved to one division each. */
  places: Array<PlaceMention & { division: Division }>;
}

export interface MentionExtractor {
  readonly type: EntityType;
  extract(context: ReportContext, earlier: readonly Mention[]): Mention[];
}
