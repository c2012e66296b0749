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
 * item (project-lists.ts); the written short form and names in brackets
 * become mentions of their own with `props.aliasOf` (entities.ts merges them
 * into the project). `props.investment` holds the amount stated right before
 * the project (`总投资16.6亿元的新县人民医院`).
 */
import { BUILD_STAGE_WORDS } from "../data/project-words.ts";
import type { Mention } from "../types.ts";
import { accepts, acceptsShared, firmNames, frameScore, isCampaign, isGoal, withFirms, type FirmNames } from "./project-accept.ts";
import { clauseRanges, parseClause } from "./project-clause.ts";
import { endingKind, isNeverAName, markProper, mayHoldProjectIn, mayStandAlone, readItem, type ItemKind } from "./project-item.ts";
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
    const companies = firmNames(earlier.filter((m) => m.type === "Company").map((m) => m.name));
    const mentions: Mention[] = [];
    for (const sentence of context.sentences) {
      const compact = compactSpan(text, sentence.start, sentence.end);
      for (const [a, b] of clauseRanges(compact.text)) {
        if (!mayHoldProjectIn(compact.text, a, b)) continue;
        for (const candidate of clauseCandidates(compact.text.slice(a, b), a, companies)) {
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
  return [
    spanMention(candidate, candidate.investment ? { investment: candidate.investment } : {}, compact, context),
    ...candidate.aliases.map((alias) => spanMention(alias, { aliasOf: candidate.name }, compact, context)),
  ];
}

function spanMention(span: Span, props: Record<string, string>, compact: CompactText, context: ReportContext): Mention {
  const [start, end] = sourceRange(compact, span.from, span.to);
  return {
    type: "Project",
    name: span.name,
    start,
    end,
    sentence: sentenceAt(context.sentences, start),
    ...(Object.keys(props).length > 0 ? { props } : {}),
  };
}

function clauseCandidates(clause: string, offset: number, companies: FirmNames): Candidate[] {
  const firmSpans = companies.spansIn(clause);
  const frame = parseClause(clause, companies.joinedIn(clause), firmSpans);
  if (frame.listKind === "other" || frame.counted) return [];
  const score = frameScore(frame);
  const listed = frame.listKind === "project" || frame.predicate > 0 || frame.investment !== null;
  const names = frame.items.map((item) => clause.slice(item.from, item.to));
  const endings = names.map(endingKind);
  const headShared = frame.listHead !== "" || endings.some((kind) => kind === "noun" || kind === "action");
  const entries = frame.items.flatMap((item, i) => {
    const name = names[i]!;
    if (name.length < MIN_NAME || name.length > MAX_NAME || isNeverAName(name)) return [];
    // a firm's name alone, or an item without a head that ends in one, is that firm
    if (companies.has(name) || (endings[i] === "none" && companies.endOf(name))) return [];
    if (!mayBecomeProject(endings[i]!, score + (item.investment ? 2 : 0), listed || item.investment !== null, headShared)) return [];
    if (score === 0 && !item.investment && !mayStandAlone(name)) return [];
    // the item is segmented only when its reading or the list asks for its words
    const reading = withFirms(readItem(name), name, companies);
    // `浙江青篁新材料股份有限公司的|竹缠绕复合管生产线`: a firm's own facility is a specific one
    if (firmSpans.some(([, end]) => end + 1 === item.from && clause[end] === "的")) markProper(reading);
    return [{ item, name, get tokens() { return segmentPhrase(name); }, reading, sharedHead: null as string | null, lendsHead: false }];
  });
  shareHeads(entries, frame.listHead, companies);
  const out: Candidate[] = [];
  entries.forEach(({ item, name: written, reading: writtenReading, sharedHead, lendsHead }, index) => {
    const name = sharedHead ? written + sharedHead : written;
    if (name.length > MAX_NAME || (sharedHead && isNeverAName(name))) return;
    const reading = sharedHead ? readItem(name) : writtenReading;
    const itemScore = score + (item.investment ? 2 : 0);
    if (isGoal(reading, frame, name, item.ranked) || isCampaign(reading, frame, name)) return;
    // the item that lends its head to a list is what the list items became
    // `总投资2.3亿元的县城燃气管网更新改造工程`: the clause's amount stands before its first item
    const invested = item.investment !== null || (index === 0 && frame.investment !== null);
    const accepted = sharedHead || lendsHead ? acceptsShared(reading) : accepts(reading, itemScore, name, listed || invested, invested);
    if (!accepted) return;
    const span = { from: offset + item.from, to: offset + item.to };
    out.push({
      ...span,
      name,
      investment: item.investment ?? (index === 0 ? frame.investment : null),
      aliases: sharedHead ? [{ ...span, name: written }] : [...bracketAliases(written, span.from), ...stageAliases(written, span.from)],
    });
  });
  return out;
}

/** Cheap test before tagging: abstract items never pass, bare names only in a list of projects or before a shared head. */
function mayBecomeProject(ending: ItemKind, score: number, listed: boolean, headShared: boolean): boolean {
  if (ending === "abstract") return false;
  if (ending === "none") return (listed && score >= 2) || headShared;
  if (ending === "production") return score >= 1;
  return true;
}

const BUILD_STAGE_END = new RegExp(`^(.{2,}?)(?:${BUILD_STAGE_WORDS.join("|")})(?:项目|工程)$`);

/** `东镇污水厂新建工程`: the facility is written alone too, and the report may name it so elsewhere. */
function stageAliases(name: string, from: number): Span[] {
  const m = BUILD_STAGE_END.exec(name);
  if (!m || readItem(m[1]!).kind !== "noun") return [];
  return [{ from, to: from + m[1]!.length, name: m[1]! }];
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
