/**
 * Report extraction
 * =================
 *
 * One report in, one `ReportExtraction` out: metadata, sentences, place
 * scan, the mention extractors of the registry, entities and relations.
 * Pure: the same draft always gives the same result.
 */
import { reportId, sha256, entityId } from "../src/ids.ts";
import type { Entity, ReportExtraction, Subject } from "../src/types.ts";
import { buildEntities, type EntityGroup } from "./entities.ts";
import { EXTRACTORS } from "./extractors/index.ts";
import type { ReportContext } from "./extractors/types.ts";
import { getGazetteer, type Division } from "./gazetteer.ts";
import { extractMetadata, resolve } from "./metadata.ts";
import { findPlaces, isFrequentWordForm, type PlaceMention } from "./places.ts";
import { buildRelations } from "./relations.ts";
import { splitSentences } from "./sentences.ts";
import type { Mention, ReportDraft } from "./types.ts";

export function extractReport(draft: ReportDraft): ReportExtraction {
  const meta = extractMetadata(draft);
  const context: ReportContext = {
    draft,
    meta,
    sentences: splitSentences(draft.text, draft.match),
    places: resolvePlaces(draft.match, meta.subject),
  };
  const mentions = runExtractors(context);
  const groups = uniqueGroups(buildEntities(mentions, meta.subject));
  const counties = new CountyIndex(groups);
  const subjectEntity = meta.subject?.code ? counties.byCode(meta.subject.code) ?? null : null;
  const checksum = sha256(draft.text);
  const id = reportId(draft.source, checksum);
  const relations = buildRelations({
    reportId: id,
    text: draft.text,
    date: meta.date,
    subjectEntity,
    sentences: context.sentences,
    groups,
    countyByCode: (code) => counties.byCode(code),
  });
  return {
    source: draft.source,
    index: draft.index,
    title: meta.title,
    date: meta.date,
    subject: meta.subject && { name: meta.subject.name, city: meta.subject.city, province: meta.subject.province, code: meta.subject.code ?? null },
    entities: [...groups.map((g) => g.entity), ...counties.added()],
    relations,
    id,
    checksum,
    speaker: meta.speaker,
    text: draft.text,
  };
}

function runExtractors(context: ReportContext): Mention[] {
  const mentions: Mention[] = [];
  for (const extractor of EXTRACTORS) mentions.push(...extractor.extract(context, mentions));
  return mentions;
}

function resolvePlaces(match: string, subject: Subject | null): ReportContext["places"] {
  const mentions = findPlaces(match);
  const context = new Set<string>();
  if (subject?.code) {
    context.add(subject.code);
    context.add(subject.code.slice(0, 2));
    if (subject.code.length === 6) context.add(subject.code.slice(0, 4));
  }
  for (const mention of mentions) {
    if (mention.candidates.length === 1 && mention.candidates[0]!.level !== "county") context.add(mention.candidates[0]!.code);
  }
  return mentions.flatMap((mention) => {
    const division = resolve(mention.candidates, context);
    return division && !farAndWeak(match, mention, division, context) ? [{ ...mention, division }] : [];
  });
}

/**
 * A county in a province the report neither is in nor names, named weakly: by
 * its short name or a two-character name (完成县 -> 成县, 示范县 -> 范县), or
 * by three characters glued to the word before (黔兴城市建设 -> 兴城市). Such a
 * match is most often words across others, not a place.
 */
function farAndWeak(match: string, mention: PlaceMention, division: Division, context: Set<string>): boolean {
  if (division.level !== "county") return false;
  // `解放`, `富裕`, `南部`: a county's short name that is a frequent word is the word, wherever the county is
  if (isFrequentWordForm(mention)) return true;
  const glued = mention.start > 0 && /\p{Script=Han}/u.test(match[mention.start - 1]!);
  const weak = !mention.isFullName || mention.form.length <= 2 || (mention.form.length === 3 && glued);
  return weak && !context.has(division.provinceCode) && !(division.cityCode && context.has(division.cityCode));
}

function uniqueGroups(byMention: Map<Mention, EntityGroup>): EntityGroup[] {
  return [...new Set(byMention.values())];
}

/**
 * County entities of the report by code, creating the ones the text does not
 * name but the facts need (the subject's parent city and province).
 */
class CountyIndex {
  private readonly known = new Map<string, Entity>();
  private readonly created: Entity[] = [];

  constructor(groups: readonly EntityGroup[]) {
    for (const { entity } of groups) if (entity.type === "County") this.known.set(String(entity.props.code), entity);
  }

  byCode(code: string): Entity | undefined {
    const existing = this.known.get(code);
    if (existing) return existing;
    const division = getGazetteer().byCodeOf(code);
    if (!division) return undefined;
    const entity: Entity = {
      id: entityId("County", division.name, division.code),
      type: "County",
      name: division.name,
      aliases: [],
      props: { code: division.code, level: division.level },
    };
    this.known.set(code, entity);
    this.created.push(entity);
    return entity;
  }

  added(): Entity[] {
    return this.created;
  }
}
