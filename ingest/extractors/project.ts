/**
 * Project extractor
 * =================
 *
 * Projects are written as items of clauses about building things:
 * `加快总投资6.5亿元的牧原肉联厂建设`, `实施A、B、C等河道治理工程`,
 * `北区一路、太风东街提升改造等17个项目全面竣工`. Each clause is read as a
 * frame (project-clause.ts), each item by how it ends (project-item.ts); an
 * item becomes a project when its head and the frame together say so.
 * A head shared by a list (`河底镇、畖底镇、薛店镇污水处理站`) is given to every
 * item; the short form is kept in `props.alias`. `props.investment` holds the
 * amount stated right before the project.
 */
import { findPlaces } from "../places.ts";
import type { Mention } from "../types.ts";
import { clauseRanges, parseClause, type ClauseFrame } from "./project-clause.ts";
import { isNeverAName, mayHoldProject, mayStandAlone, readItem, type ItemReading } from "./project-item.ts";
import { shareHeads } from "./project-lists.ts";
import { compactSpan, segmentPhrase, sourceRange, type CompactText } from "./project-text.ts";
import { sentenceAt } from "./sentence-index.ts";
import type { MentionExtractor, ReportContext } from "./types.ts";

const MIN_NAME = 2;
const MAX_NAME = 40;

interface Span {
  /** Compact offsets in the sentence. */
  from: number;
  to: number;
  name: string;
}

interface Candidate extends Span {
  investment: string | null;
  /** Shorter forms written in the text (the bare list item, a name in brackets). */
  aliases: Span[];
}

export const projectExtractor: MentionExtractor = {
  type: "Project",
  extract(context: ReportContext, earlier: readonly Mention[]): Mention[] {
    const text = context.draft.match;
    const companies = new Set(earlier.filter((m) => m.type === "Company").map((m) => m.name));
    const mentions: Mention[] = [];
    for (const sentence of context.sentences) {
      const compact = compactSpan(text, sentence.start, sentence.end);
      for (const [a, b] of clauseRanges(compact.text)) {
        const clause = compact.text.slice(a, b);
        if (!mayHoldProject(clause)) continue;
        for (const candidate of clauseCandidates(clause, a, companies)) {
          if (companies.has(candidate.name)) continue;
          mentions.push(...toMentions(candidate, compact, context));
        }
      }
    }
    return mentions;
  },
};

/** The project's mention and one mention per alias, which names the project in `props.aliasOf`. */
function toMentions(candidate: Candidate, compact: CompactText, context: ReportContext): Mention[] {
  const mention = (span: Span, props: Record<string, string>): Mention => {
    const [start, end] = sourceRange(compact, span.from, span.to);
    return {
      type: "Project",
      name: span.name,
      start,
      end,
      sentence: sentenceAt(context.sentences, start),
      ...(Object.keys(props).length > 0 ? { props } : {}),
    };
  };
  return [
    mention(candidate, candidate.investment ? { investment: candidate.investment } : {}),
    ...candidate.aliases.map((alias) => mention(alias, { aliasOf: candidate.name })),
  ];
}

function clauseCandidates(clause: string, offset: number, companies: ReadonlySet<string>): Candidate[] {
  const frame = parseClause(clause);
  if (frame.listKind === "other" || frame.counted) return [];
  const score = frameScore(frame);
  const entries = frame.items.flatMap((item) => {
    const name = clause.slice(item.from, item.to);
    if (name.length < MIN_NAME || name.length > MAX_NAME || isNeverAName(name)) return [];
    if (score === 0 && !item.investment && !mayStandAlone(name)) return [];
    const tokens = segmentPhrase(name);
    return [{ item, name, tokens, reading: withFirms(readItem(name, tokens), name, companies), sharedHead: null as string | null }];
  });
  shareHeads(entries, frame.listHead, companies);
  const out: Candidate[] = [];
  entries.forEach(({ item, name: written, reading: writtenReading, sharedHead }, index) => {
    const name = sharedHead ? written + sharedHead : written;
    if (name.length > MAX_NAME || (sharedHead && isNeverAName(name))) return;
    const reading = sharedHead ? readItem(name) : writtenReading;
    const itemScore = score + (item.investment ? 2 : 0);
    const listed = frame.listKind === "project" || frame.predicate > 0 || item.investment !== null || frame.investment !== null;
    if (isGoal(reading, frame, name)) return;
    if (sharedHead ? !acceptsShared(reading) : !accepts(reading, itemScore, name, listed)) return;
    const span = { from: offset + item.from, to: offset + item.to };
    out.push({
      ...span,
      name,
      investment: item.investment ?? (index === 0 ? frame.investment : null),
      aliases: sharedHead ? [{ ...span, name: written }] : bracketAliases(written, span.from),
    });
  });
  return out;
}

const TRAILING_BRACKET = /^(.{2,}?)[(（]([^()（）]{2,})[)）]$/;

/** `中华裴氏家风家教馆(中华裴氏宰相文博馆)`, `王东线(舜王路)`: both names are aliases of the whole. */
function bracketAliases(name: string, from: number): Span[] {
  const m = TRAILING_BRACKET.exec(name);
  if (!m) return [];
  const [, outer, inner] = m as unknown as [string, string, string];
  if (readItem(outer).kind !== "noun" || readItem(inner).kind !== "noun") return [];
  return [
    { from, to: from + outer.length, name: outer },
    { from: from + outer.length + 1, to: from + outer.length + 1 + inner.length, name: inner },
  ];
}

function frameScore(frame: ClauseFrame): number {
  return frame.trigger + frame.predicate + (frame.listKind === "project" ? 2 : 0) + (frame.investment ? 2 : 0);
}

const GOAL_VERBS = new Set(["打造", "建成", "争创", "培育", "发展", "形成", "构建", "建设成", "打造成"]);
/** Verbs of applying for a title: what follows is a designation (申报国家现代农业产业园), not a build. */
const TITLE_VERBS = new Set(["申报", "争创", "成功申报", "争取"]);
const GOAL_HEADS = /(?:中心|基地|高地|洼地|集群|示范区|枢纽|集散地|目的地|新城|园区|孵化器|引擎|名片|窗口|首选地)$/;
/** Regions larger than any project: `黄河金三角地区现代物流中心` is a role the place aims at. */
const REGION_WORDS = /地区|区域|中西部|全国|全省|华北|西北|东北|西南|东南|中部|北方|南方|沿黄|国家级|省级|全市/;

/** `打造中西部精品钢生产基地`: a positioning goal, not a build. */
function isGoal(reading: ItemReading, frame: ClauseFrame, name: string): boolean {
  if (reading.kind === "noun" && !reading.programme && frame.verbs.some((v) => TITLE_VERBS.has(v))) return true;
  if (reading.kind !== "noun" || !GOAL_HEADS.test(name)) return false;
  return frame.verbs.some((v) => GOAL_VERBS.has(v)) || (!reading.strong && REGION_WORDS.test(name));
}

/** A firm named inside the item (银光镁合金压铸件…) makes it specific whatever its words are tagged. */
function withFirms(reading: ItemReading, name: string, firms: ReadonlySet<string>): ItemReading {
  if (reading.proper) return reading;
  for (const firm of firms) if (firm.length >= 2 && name.includes(firm)) return { ...reading, proper: true };
  return reading;
}

/** An item that took the head of its list is what the list is, unless that head is abstract. */
function acceptsShared(reading: ItemReading): boolean {
  return reading.kind === "noun" || reading.kind === "action" || reading.kind === "production";
}

/** Does the item's own evidence, with the frame's score, make it a project? */
function accepts(reading: ItemReading, score: number, name: string, listed: boolean): boolean {
  const { proper, nameChars } = reading;
  switch (reading.kind) {
    case "abstract":
      return false;
    case "noun":
      if (reading.programme) return programmeAccepted(name, reading, score);
      if (reading.road) return reading.roadName >= 2 && (score >= 1 || proper || reading.strong);
      if (reading.strong) return proper || (nameChars >= 3 && score >= 1) || (nameChars >= 2 && score >= 2);
      return score >= 1 && (proper || nameChars >= 4);
    case "action":
      return score >= 1 && (proper || reading.concreteObject);
    case "production":
      return score >= 1 && proper;
    case "none":
      return listed && score >= 2 && proper && name.length >= 4 && !isPlaceName(name);
  }
}

const PLACE_END = /[镇乡村沟河渠池堡滩坡岭峪湾寨屯坪窑县区市]$/;

/** A bare place (雷家坡, 石门乡石门村) or a slogan on one (健康闻喜, 平安盐湖) names no project. */
function isPlaceName(name: string): boolean {
  if (PLACE_END.test(name)) return true;
  const places = findPlaces(name);
  return places.length > 0 && places[places.length - 1]!.end === name.length;
}

const PROGRAMME_HEAD = /(?:建设项目|项目|工程)$/;
/** Fields a named 项目 may be about (圣王山文化旅游项目, 杏岭子乡全域土地整治试点项目). */
const SOFT_ABSTRACT = /(?:旅游|文旅|康养|试点|示范|开发|产业|农业|物流|电商|文化)$/;
const PHASE = /[一二三四五六七八九十\d]期/;

/**
 * `X项目` / `X工程` is a project when X is one (a noun, a concrete upgrade,
 * a production line, a phase); campaigns are called 工程 too (村庄清洁工程).
 */
function programmeAccepted(name: string, reading: ItemReading, score: number): boolean {
  const inner = name.replace(PROGRAMME_HEAD, "").replace(/^[“"]([^”"]+)[”"]$/, "$1");
  if (inner.length < 2 || GENERIC_PROGRAMME_END.test(inner)) return false;
  if (PHASE.test(inner)) return inner.length >= 4;
  const innerReading = readItem(inner);
  if (innerReading.kind === "abstract") return name.endsWith("项目") && innerReading.proper && SOFT_ABSTRACT.test(inner);
  return accepts(innerReading, score + (name.endsWith("项目") ? 2 : 0), inner, true);
}

/** `重点项目`, `各项目`, `新落地项目`: the words before 项目 only classify. */
const GENERIC_PROGRAMME_END = /(?:重点|重大|各|新|落地|新落地|续建|新建|在建|民生|惠民|计划|研发计划|攻坚|这些|更多|一批|等)$/;
