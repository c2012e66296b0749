/**
 * Relations
 * =========
 *
 * Turns the entities of a report into typed facts, each with the sentences
 * that support it:
 *   MENTIONS      report -> every entity it names
 *   HAS_PROJECT   subject place -> project
 *   PROMOTES      subject place -> slogan
 *   HOLDS_OFFICE  person -> place (role, date)
 *   INVOLVES      project -> company named in the project or the same clause
 *   LOCATED_IN    division -> parent division; company or project -> the place
 *                 its name starts with
 */
import type { Entity, Evidence, Relation, RelationType } from "../src/types.ts";
import type { EntityGroup } from "./entities.ts";
import type { Division } from "./gazetteer.ts";
import { findPlaces, type PlaceMention } from "./places.ts";
import type { Mention, Sentence } from "./types.ts";

/** MENTIONS keeps a few sentences; facts keep every supporting sentence. */
export const MAX_MENTION_EVIDENCE = 3;

export interface RelationInput {
  reportId: string;
  /** The report text the sentences and mentions point into. */
  text: string;
  date: string | null;
  subjectEntity: Entity | null;
  sentences: readonly Sentence[];
  groups: readonly EntityGroup[];
  /** Resolves a division code to its County entity (creating parents on demand). */
  countyByCode: (code: string) => Entity | undefined;
}

class RelationSet {
  private readonly byKey = new Map<string, Relation>();

  /** Evidence gathers undeduplicated while facts are added, and is merged once in toArray. */
  add(type: RelationType, source: string, target: string, evidence: Evidence[], props?: Relation["props"]): void {
    if (source === target) return;
    const key = `${type}\u0000${source}\u0000${target}`;
    const existing = this.byKey.get(key);
    if (!existing) {
      this.byKey.set(key, { type, source, target, ...(props ? { props } : {}), evidence: [...evidence] });
      return;
    }
    existing.evidence.push(...evidence);
  }

  toArray(): Relation[] {
    return [...this.byKey.values()].map((relation) => ({ ...relation, evidence: dedupe(relation.evidence) }));
  }
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const bySentence = new Map<number, Evidence>();
  for (const item of evidence) {
    const existing = bySentence.get(item.start);
    const mentions = uniqueSpans([...(existing?.mentions ?? []), ...(item.mentions ?? [])]);
    // Evidence of a mention that runs across a sentence break also holds the next sentences: keep the longer, which holds every mention.
    const longer = existing && existing.end >= item.end ? existing : item;
    bySentence.set(item.start, { ...longer, mentions });
  }
  return [...bySentence.values()].sort((a, b) => a.start - b.start);
}

function uniqueSpans(spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`));
}

/**
 * The sentence of each mention; a mention that runs across a sentence break
 * (a header name split by a stray `;`, a title and the name after it) gets
 * the sentences it covers, joined. `mention.sentence` is the first of them.
 */
export function evidenceOf(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Evidence[] {
  return mentions.map((mention) => evidenceCovering(text, sentences, [mention]));
}

/** The sentences from the first mention's to the one where the last mention ends, joined, with the mentions marked. */
function evidenceCovering(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Evidence {
  const firstIndex = Math.min(...mentions.map((mention) => mention.sentence));
  const first = sentences[firstIndex]!;
  const end = Math.max(...mentions.map((mention) => mention.end));
  let last = first;
  for (let i = firstIndex + 1; i < sentences.length && sentences[i]!.start < end; i++) last = sentences[i]!;
  const joined = last === first ? first.text : text.slice(first.start, last.end);
  return { text: joined, start: first.start, end: first.start + joined.length, mentions: mentions.map(span) };
}

export function buildRelations(input: RelationInput): Relation[] {
  const relations = new RelationSet();
  const { sentences, subjectEntity } = input;
  for (const { entity, mentions } of input.groups) {
    const evidence = evidenceOf(input.text, sentences, mentions);
    relations.add("MENTIONS", input.reportId, entity.id, dedupe(evidence).slice(0, MAX_MENTION_EVIDENCE));
    if (entity.type === "County") addHierarchy(relations, entity, evidence, input);
    if (entity.type === "Project" && subjectEntity) relations.add("HAS_PROJECT", subjectEntity.id, entity.id, evidence);
    if (entity.type === "Slogan" && subjectEntity) relations.add("PROMOTES", subjectEntity.id, entity.id, evidence);
    if (entity.type === "Person") addOffice(relations, entity, evidence, input);
    if (entity.type === "Company" || entity.type === "Project") addLocation(relations, entity, mentions, input);
  }
  addInvolvement(relations, input);
  return relations.toArray();
}

function addHierarchy(relations: RelationSet, entity: Entity, evidence: Evidence[], input: RelationInput): void {
  const parentCode = parentCodeOf(String(entity.props.code ?? ""));
  const parent = parentCode ? input.countyByCode(parentCode) : undefined;
  if (!parent) return;
  relations.add("LOCATED_IN", entity.id, parent.id, evidence.slice(0, 1), { basis: "gazetteer" });
  addHierarchy(relations, parent, evidence, input);
}

/** GB/T 2260: 140823 (county) -> 1408 (city) -> 14 (province). */
export function parentCodeOf(code: string): string | null {
  if (code.length === 6) return code.slice(0, 4);
  if (code.length === 4) return code.slice(0, 2);
  return null;
}

function addOffice(relations: RelationSet, person: Entity, evidence: Evidence[], input: RelationInput): void {
  if (person.props.official === false) return;
  const place = officePlace(person, input);
  if (!place) return;
  relations.add("HOLDS_OFFICE", person.id, place.id, evidence, { role: person.props.role ?? null, date: input.date });
}

/** The place a title names, else the city above the subject for city posts, else the subject. */
function officePlace(person: Entity, input: RelationInput): Entity | null {
  const { placeCode, placeLevel } = person.props;
  if (typeof placeCode === "string") return input.countyByCode(placeCode) ?? input.subjectEntity;
  const subjectCode = String(input.subjectEntity?.props.code ?? "");
  if (placeLevel === "city" && subjectCode.length === 6) return input.countyByCode(subjectCode.slice(0, 4)) ?? input.subjectEntity;
  return input.subjectEntity;
}

/** A firm or project whose name starts with a place (山西建龙, 闻喜县人民医院) is located there. */
function addLocation(relations: RelationSet, entity: Entity, mentions: readonly Mention[], input: RelationInput): void {
  for (const mention of mentions) {
    const first = findPlaces(mention.name)[0];
    if (!first || first.start !== 0 || first.end === mention.name.length) continue;
    const division = nearestCandidate(first, String(input.subjectEntity?.props.code ?? ""));
    const place = division && input.countyByCode(division.code);
    if (place) relations.add("LOCATED_IN", entity.id, place.id, evidenceOf(input.text, input.sentences, [mention]), { basis: "name" });
  }
}

/**
 * The division a place prefix names: within the subject's province, or a
 * province or city named in full (北京建龙). A county elsewhere is more often a
 * word than a place (尖山铁矿 is not in 黑龙江's 尖山区, 新县人民医院 not in 河南).
 */
function nearestCandidate(place: PlaceMention, subjectCode: string): Division | undefined {
  const province = subjectCode.slice(0, 2);
  const near = place.candidates.filter((d) => d.provinceCode === province);
  const best = near.find((d) => subjectCode.startsWith(d.code) || d.code.startsWith(subjectCode)) ?? near[0];
  if (best) return best;
  const far = place.candidates[0];
  return far && place.isFullName && far.level !== "county" ? far : undefined;
}

const CLAUSE_BREAK = /[,，;；:：。!！?？]/;

/** Companies named inside a project's name or in the same clause as the project. */
function addInvolvement(relations: RelationSet, input: RelationInput): void {
  const projects = input.groups.filter((g) => g.entity.type === "Project");
  const companies = input.groups.filter((g) => g.entity.type === "Company");
  for (const project of projects) {
    for (const projectMention of project.mentions) {
      for (const company of companies) {
        const linked = company.mentions.filter((m) => sameClause(input.sentences, projectMention, m));
        if (linked.length === 0) continue;
        const evidence = evidenceCovering(input.text, input.sentences, [projectMention, ...linked]);
        relations.add("INVOLVES", project.entity.id, company.entity.id, [evidence], { role: involvementRole(evidence.text) });
      }
    }
  }
}

function span(m: Mention): { start: number; end: number } {
  return { start: m.start, end: m.end };
}

function sameClause(sentences: readonly Sentence[], a: Mention, b: Mention): boolean {
  if (a.sentence !== b.sentence) return false;
  if (b.start >= a.start && b.end <= a.end) return true;
  const sentence = sentences[a.sentence]!;
  const from = Math.min(a.start, b.start) - sentence.start;
  const to = Math.max(a.end, b.end) - sentence.start;
  return !CLAUSE_BREAK.test(sentence.text.slice(from, to));
}

/** builder / investor / operator from the verbs of the sentence; `participant` otherwise. */
export function involvementRole(sentence: string): string {
  if (/(投资|出资|注资|融资)/.test(sentence)) return "investor";
  if (/(运营|经营|管理|托管)/.test(sentence)) return "operator";
  if (/(承建|建设|施工|新建|扩建|建成|实施)/.test(sentence)) return "builder";
  return "participant";
}
