/**
 * Mention highlights
 * ==================
 *
 * The ranges of an evidence sentence that name the entities of its fact, so
 * the UI can mark them. Names are tried with their aliases in every script
 * (a Traditional report writes 三峽 for the stored 三峡); longer names win
 * over names they contain, and ranges never overlap.
 */
import { scriptVariants } from "./script-variants.ts";

export type Range = [number, number];

/** Every script form of every name, longest first (the order matching needs). */
export function nameForms(names: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const name of names) for (const form of scriptVariants(name)) if (form.length >= 2) forms.add(form);
  return [...forms].sort((a, b) => b.length - a.length);
}

export function findHighlights(sentence: string, forms: readonly string[]): Range[] {
  const taken: Range[] = [];
  for (const form of forms) {
    for (let at = sentence.indexOf(form); at !== -1; at = sentence.indexOf(form, at + 1)) {
      const range: Range = [at, at + form.length];
      if (!taken.some(([start, end]) => range[0] < end && start < range[1])) taken.push(range);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}
