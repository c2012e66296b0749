/**
 * Report viewer
 * =============
 *
 * Opens the source report of an evidence sentence: its text with the
 * sentence marked (by its offsets, or found by its text when offsets do not
 * fit), or only the sentence when the text is not stored.
 */
import type { EvidenceItem, ReportResponse } from "../../../src/server/api-types.ts";
import { api } from "./api.ts";
import { reportError, track } from "./status.ts";
import { createStore } from "./store.ts";

export const reportStore = createStore<{ report: ReportResponse | null; evidence: EvidenceItem | null; loading: boolean }>({
  report: null,
  evidence: null,
  loading: false,
});

export async function openReport(id: string, evidence: EvidenceItem | null): Promise<void> {
  reportStore.set({ loading: true, evidence, report: null });
  try {
    reportStore.set({ report: await track(api.report(id)) });
  } catch (error) {
    reportError(error);
    reportStore.set({ evidence: null });
  } finally {
    reportStore.set({ loading: false });
  }
}

export function closeReport(): void {
  reportStore.set({ report: null, evidence: null, loading: false });
}

/** Where the evidence sentence sits in the report text, if it can be found there. */
export function sentenceRange(text: string, evidence: EvidenceItem | null): [number, number] | null {
  if (!evidence || !text) return null;
  const { start, end } = evidence;
  if (start !== null && end !== null && text.slice(start, end) === evidence.text) return [start, end];
  const at = text.indexOf(evidence.text);
  return at >= 0 ? [at, at + evidence.text.length] : null;
}
