/**
 * Gold scoring
 * ============
 *
 * The matching rules of the shared scorer (eval/score.py) in TypeScript, so
 * tests can hold the extractor to F1 floors on annotated reports:
 *  - companies, slogans, people: a system name or alias equals a gold surface
 *    form after normalisation (NFKC, no whitespace, no quote marks);
 *  - projects: one string contains the other and covers at least 60% of it;
 *  - system items that match only a gold `maybe` item count neither way;
 *  - a second system item for an already matched gold item is ignored;
 *  - reports are paired with gold files by subject name (`山西省`/`山西` prefix dropped).
 * Gold format: eval/GUIDELINE.md.
 */
import type { ReportExtraction } from "../../src/types.ts";

export const KINDS = ["companies", "projects", "slogans", "people"] as const;
export type Kind = (typeof KINDS)[number];

const ENTITY_TYPE: Record<Kind, string> = { companies: "company", projects: "project", slogans: "slogan", people: "person" };
const QUOTES = new Set("“”\"'「」『』‘’《》");

interface GoldNamed {
  name?: string;
  text?: string;
  full?: string;
  mentions?: string[];
}

export interface GoldDocument {
  doc: string;
  subject: { name: string };
  companies: GoldNamed[];
  projects: GoldNamed[];
  slogans: GoldNamed[];
  people: GoldNamed[];
  maybe?: Partial<Record<Kind, Array<GoldNamed | string>>>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** score.py's `norm`: NFKC, no whitespace, no quote marks. */
export function normalise(s: string | undefined | null): string {
  return [...(s ?? "").normalize("NFKC").replace(/\s+/gu, "")].filter((ch) => !QUOTES.has(ch)).join("");
}

function withoutProvince(s: string): string {
  let name = normalise(s);
  for (const prefix of ["山西省", "山西"]) if (name.startsWith(prefix) && name.length > prefix.length + 1) name = name.slice(prefix.length);
  return name;
}

/** One string contains the other and covers at least 60% of it. */
export function lenientMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= 0.6 * long.length;
}

function nonEmpty(forms: Iterable<string>): Set<string> {
  const set = new Set(forms);
  set.delete("");
  return set;
}

function goldItems(gold: GoldDocument, kind: Kind): Array<Set<string>> {
  return (gold[kind] ?? []).map((item) => {
    if (kind === "slogans") return nonEmpty([normalise(item.text), normalise(item.full)]);
    if (kind === "people") return nonEmpty([normalise(item.name)]);
    return nonEmpty([...(item.mentions ?? []).map(normalise), normalise(item.name)]);
  });
}

function maybeForms(gold: GoldDocument, kind: Kind): Set<string> {
  const forms: string[] = [];
  for (const item of gold.maybe?.[kind] ?? []) {
    if (typeof item === "string") forms.push(normalise(item));
    else forms.push(...[item.name, item.text, item.full, ...(item.mentions ?? [])].filter(Boolean).map(normalise));
  }
  return nonEmpty(forms);
}

function anyMatch(system: Set<string>, gold: Set<string>, loose: boolean): boolean {
  for (const s of system) for (const g of gold) if (loose ? lenientMatch(s, g) : s === g) return true;
  return false;
}

/** Counts for one kind in one gold document against the entities of its reports. */
export function scoreDocument(gold: GoldDocument, entities: ReportExtraction["entities"], kind: Kind): Counts {
  const loose = kind === "projects";
  const items = goldItems(gold, kind);
  const allGold = new Set(items.flatMap((forms) => [...forms]));
  const maybe = maybeForms(gold, kind);
  const used = new Set<number>();
  let tp = 0;
  let fp = 0;
  for (const entity of entities) {
    if (entity.type.toLowerCase() !== ENTITY_TYPE[kind]) continue;
    const forms = nonEmpty([normalise(entity.name), ...entity.aliases.map(normalise)]);
    if (forms.size === 0) continue;
    const hit = items.findIndex((gforms, i) => !used.has(i) && anyMatch(forms, gforms, loose));
    if (hit >= 0) {
      used.add(hit);
      tp++;
    } else if (!anyMatch(forms, allGold, loose) && !anyMatch(forms, maybe, loose)) fp++;
  }
  return { tp, fp, fn: items.length - used.size };
}

export function toScore({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Totals per kind over gold documents, each paired with every report of its subject. */
export function scoreReports(golds: readonly GoldDocument[], reports: readonly ReportExtraction[]): Record<Kind, Score> {
  const bySubject = new Map<string, ReportExtraction["entities"]>();
  for (const report of reports) {
    const key = withoutProvince(report.subject?.name ?? "");
    bySubject.set(key, [...(bySubject.get(key) ?? []), ...report.entities]);
  }
  const result = {} as Record<Kind, Score>;
  for (const kind of KINDS) {
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const gold of golds) {
      const entities = bySubject.get(withoutProvince(gold.subject.name));
      const counts = entities ? scoreDocument(gold, entities, kind) : { tp: 0, fp: 0, fn: (gold[kind] ?? []).length };
      total.tp += counts.tp;
      total.fp += counts.fp;
      total.fn += counts.fn;
    }
    result[kind] = toScore(total);
  }
  return result;
}
