/**
 * Formatter references
 * ====================
 *
 * A formatter named by module and name, so that a worker thread can format
 * the reports it extracted (a function cannot be sent to a thread): `module`
 * (a URL) exports `FORMATTERS`, a registry of functions from a report to its
 * text (src/cli/format-extraction.ts is one).
 */
import type { ReportExtraction } from "../src/types.ts";

export interface FormatterRef {
  module: string;
  name: string;
}

export type ReportFormatter = (report: ReportExtraction) => string;

export async function loadFormatter(ref: FormatterRef): Promise<ReportFormatter> {
  const registry = ((await import(ref.module)) as { FORMATTERS?: Record<string, ReportFormatter> }).FORMATTERS;
  const format = registry?.[ref.name];
  if (!format) throw new Error(`no formatter ${ref.name} in ${ref.module}`);
  return format;
}
