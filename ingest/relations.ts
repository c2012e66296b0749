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
/** `秦晋电力投资5000万元热电联产技改项目`: the name says who invests, even when that is no firm found. */
const OWN_INVESTOR = /^[\u4e00-\u9fa5]{2,8}(?:投资|出资)\d/;
/** Words that tie a firm to a project across a list of firms (`由A、B联合建设的X`). */
/** The rest of a counted list after one of its items: more 、-items, then `三个项目`. */
const COUNTED_LIST_END = /^(?:、[^、,，;；:：。和及与]+)*?[一二三四五六七八九十两\d]+[个项]项目/;
const LIST_TAIL_LIMIT = 80;
const TIE_WORDS = /由|联合|合作|携手|投资|出资|承建|建设|实施|引进|签约|运营/;

/**
 * The firms of each project: a firm named inside the project's name
 * (`瑞格新型金属材料精密加工`) is its firm, and then the only one; otherwise
 * the firms of the same clause, except those named inside another project,
 * those another firm or project stands between (see `somethingBetween`),
 * and those that are only other items of the same list (`天悦城、红星美凯龙`).
 */
function addInvolvement(relations: RelationSet, input: RelationInput): void {
  const projects = input.groups.filter((g) => g.entity.type === "Project");
  const companies = input.groups.filter((g) => g.entity.type === "Company");
  if (projects.length === 0 || companies.length === 0) return;
  const firms = companies.map((company) => ({ company, names: [company.entity.name, ...company.entity.aliases].filter((name) => name.length >= 2) }));
  const bySentence = new MentionsBySentence(projects, companies);
  for (const project of projects) {
    for (const projectMention of project.mentions) {
      const local = bySentence.at(projectMention.sentence);
      const named = namedInside(projectMention, local.firms, firms);
      const partners = named.length > 0 || OWN_INVESTOR.test(projectMention.name) ? named : mates(projectMention, local, input, firms);
      for (const { company, linked } of partners) {
        const evidence = evidenceCovering(input.text, input.sentences, [projectMention, ...linked]);
        relations.add("INVOLVES", project.entity.id, company.entity.id, [evidence], { role: involvementRole(evidence.text) });
      }
    }
  }
}

interface Partner {
  company: EntityGroup;
  /** The firm's mentions the evidence marks besides the project's. */
  linked: Mention[];
}

/** A firm of the report with the names (two characters or more) it may be written by inside a project. */
interface NamedFirm {
  company: EntityGroup;
  names: string[];
}

interface FirmMention {
  company: EntityGroup;
  mention: Mention;
}

interface SentenceMentions {
  firms: FirmMention[];
  projects: Mention[];
}

/** The firm and project mentions of each sentence: a project's firms are looked for in its own sentence only. */
class MentionsBySentence {
  private readonly sentences = new Map<number, SentenceMentions>();

  constructor(projects: readonly EntityGroup[], companies: readonly EntityGroup[]) {
    for (const company of companies) for (const mention of company.mentions) this.at(mention.sentence).firms.push({ company, mention });
    for (const project of projects) for (const mention of project.mentions) this.at(mention.sentence).projects.push(mention);
  }

  at(sentence: number): SentenceMentions {
    let found = this.sentences.get(sentence);
    if (!found) this.sentences.set(sentence, (found = { firms: [], projects: [] }));
    return found;
  }
}

/** The firms named inside the project mention: by their mentions there, or by one of their names (`冀东` in `冀东信息智能化改造`). */
function namedInside(project: Mention, local: readonly FirmMention[], firms: readonly NamedFirm[]): Partner[] {
  const inside = local.filter(({ mention }) => mention.start >= project.start && mention.end <= project.end);
  if (inside.length > 0) return partnersOf(inside);
  return firms.filter(({ names }) => names.some((name) => project.name.includes(name))).map(({ company }) => ({ company, linked: [] }));
}

function mates(project: Mention, local: SentenceMentions, input: RelationInput, firms: readonly NamedFirm[]): Partner[] {
  const inClause = clauseMates(project, local, input);
  return inClause.length > 0 ? inClause : countedListOpener(project, local, input.text, firms);
}

function clauseMates(project: Mention, local: SentenceMentions, input: RelationInput): Partner[] {
  const mates = local.firms.filter(
    ({ mention }) =>
      sameClause(input.sentences, project, mention) &&
      !insideAnother(mention, project, local.projects) &&
      !somethingBetween(mention, project, local) &&
      !onlyListed(input.text, project, mention),
  );
  return partnersOf(mates);
}

/**
 * A firm that opens a counted list of projects is the firm of each item
 * (`晋龙集团20万吨饲料生产线、年存栏100万羽青年鸡、300万只蛋鸡养殖三个项目`):
 * `project` is a later item of such a list when the items before it are
 * projects joined by 、 and the first of them starts with a firm's name.
 */
function countedListOpener(project: Mention, local: SentenceMentions, text: string, firms: readonly NamedFirm[]): Partner[] {
  if (!COUNTED_LIST_END.test(text.slice(project.end, project.end + LIST_TAIL_LIMIT))) return [];
  let first: Mention | undefined;
  for (let cursor = project.start; text[cursor - 1] === "、"; cursor = first.start) {
    const previous = local.projects.find((other) => other.end === cursor - 1);
    if (!previous) break;
    first = previous;
  }
  if (!first) return [];
  const opener = local.firms.filter(({ mention }) => mention.start === first!.start && mention.end <= first!.end);
  if (opener.length > 0) return partnersOf(opener);
  return firms.filter(({ names }) => names.some((name) => first!.name.startsWith(name))).map(({ company }) => ({ company, linked: [] }));
}

/** Firm mentions grouped by firm, in the order the firms first appear. */
function partnersOf(mentions: readonly FirmMention[]): Partner[] {
  const byCompany = new Map<EntityGroup, Mention[]>();
  for (const { company, mention } of mentions) byCompany.set(company, [...(byCompany.get(company) ?? []), mention]);
  return [...byCompany].map(([company, linked]) => ({ company, linked }));
}

function insideAnother(firm: Mention, project: Mention, projectMentions: readonly Mention[]): boolean {
  return projectMentions.some((other) => other !== project && other.start <= firm.start && firm.end <= other.end && !(other.start === project.start && other.end === project.end));
}

/**
 * A firm before projects is theirs up to the next firm (`国瑞光伏投资…的A、汇能权亚投资…的B`,
 * `吕梁建龙投资…实施A、B项目`); a firm after a project is its own up to the next project.
 */
function somethingBetween(firm: Mention, project: Mention, local: SentenceMentions): boolean {
  const before = firm.end <= project.start;
  const from = before ? firm.end : project.end;
  const to = before ? project.start : firm.start;
  const within = (other: Mention) => other.start >= from && other.end <= to;
  return before ? local.firms.some(({ mention }) => within(mention)) : local.projects.some(within);
}

/** Firm and project are items of one list: a 、 between them and no word that ties them. */
function onlyListed(text: string, a: Mention, b: Mention): boolean {
  const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  return /[、]/.test(between) && !TIE_WORDS.test(between);
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
