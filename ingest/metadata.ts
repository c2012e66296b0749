/**
 * Report metadata
 * ===============
 *
 * Subject place, date and speaker of a report. The subject is the division
 * the report speaks for: the one named in the title and most often in the
 * text, whose kind matches how the report refers to itself (我县 / 全市 /
 * 我区). Ambiguous names are resolved by the province or city the text
 * mentions. The date is the meeting date of a work report, else a dateline
 * near the top, else the date found next to the report in the file.
 */
import type { Subject } from "../src/types.ts";
import { getGazetteer, type Division } from "./gazetteer.ts";
import { findPlaces } from "./places.ts";
import { isoDate, parseDateLine } from "./split.ts";
import type { ReportDraft, ReportMeta } from "./types.ts";
import { ROLE_WORDS, headOfGovernmentTitle } from "./data/roles.ts";
import { isPersonalName } from "./names.ts";

const TITLE_WEIGHT = 30;
const FULL_NAME_WEIGHT = 3;
const SHORT_NAME_WEIGHT = 1;
const SELF_REFERENCE_WEIGHT = 0.5;
/** Only the head of a report names its speaker and date. */
const HEADER_ZONE = 400;

export function extractMetadata(draft: ReportDraft): ReportMeta {
  const subject = inferSubject(draft.titleMatch, draft.match);
  return {
    title: draft.title,
    date: inferDate(draft),
    subject,
    speaker: inferSpeaker(draft.match, subject),
  };
}

export function inferSubject(title: string, text: string): Subject | null {
  const scores = new Map<Division, number>();
  const add = (division: Division, weight: number) => scores.set(division, (scores.get(division) ?? 0) + weight);
  const context = mentionedAncestors(title, text);
  for (const mention of findPlaces(title)) {
    const division = resolve(mention.candidates, context);
    if (division && division.level !== "province") add(division, TITLE_WEIGHT);
  }
  for (const mention of findPlaces(text)) {
    const division = resolve(mention.candidates, context);
    if (division && division.level !== "province") add(division, mention.isFullName ? FULL_NAME_WEIGHT : SHORT_NAME_WEIGHT);
  }
  const selfKind = selfReferenceCounts(text);
  let best: Division | null = null;
  let bestScore = 0;
  for (const [division, score] of scores) {
    const total = score * (1 + SELF_REFERENCE_WEIGHT * selfKindShare(division, selfKind));
    if (total > bestScore) {
      best = division;
      bestScore = total;
    }
  }
  return best && toSubject(best);
}

export function toSubject(division: Division): Subject {
  return {
    name: division.name,
    city: division.level === "county" ? division.city : null,
    province: division.level === "province" ? division.name : division.province,
    code: division.code,
  };
}

/** Codes of the provinces and cities named in the title or the text, to choose among same-named counties. */
function mentionedAncestors(title: string, text: string): Set<string> {
  const codes = new Set<string>();
  for (const mention of [...findPlaces(title), ...findPlaces(text)]) {
    for (const division of mention.candidates) if (division.level !== "county") codes.add(division.code);
  }
  return codes;
}

export function resolve(candidates: Division[], context: Set<string>): Division | undefined {
  if (candidates.length <= 1) return candidates[0];
  return (
    candidates.find((d) => d.cityCode && context.has(d.cityCode)) ??
    candidates.find((d) => context.has(d.provinceCode) && d.level !== "province") ??
    candidates[0]
  );
}

type SelfKind = "县" | "市" | "区" | "旗";

function selfReferenceCounts(text: string): Map<SelfKind, number> {
  const counts = new Map<SelfKind, number>();
  for (const m of text.matchAll(/(?:我|全|本)(县|市|区|旗)/g)) {
    const kind = m[1] as SelfKind;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

/** Share of the report's self-references (我县, 全市 ...) that fit this division's kind. */
function selfKindShare(division: Division, counts: Map<SelfKind, number>): number {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const kind = division.name.at(-1) as SelfKind;
  return (counts.get(kind) ?? 0) / total;
}

const MEETING_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:在|於|于)/;

export function inferDate(draft: ReportDraft): string | null {
  const head = draft.match.slice(0, HEADER_ZONE);
  const meeting = MEETING_DATE.exec(head);
  if (meeting) return isoDate(meeting[1]!, meeting[2]!, meeting[3]!);
  for (const line of head.split("\n").slice(0, 8)) {
    const date = parseDateLine(line);
    if (date) return date;
  }
  return draft.dateHint;
}

const NAME = "[\\u4e00-\\u9fa5]{2,4}";
const SPEAKER_END = "(?=各位|同志|[:：,，。;；\\s]|$)";
const ROLE_PATTERN = ROLE_WORDS.filter((role) => /长$/.test(role)).join("|");
/** `县长王建说，`: a verb of speech after the name is not part of it. */
const ROLE_SPEAKER = new RegExp(`(${ROLE_PATTERN})[;；\\s]*(${NAME}?)[说称讲]?${SPEAKER_END}`, "g");
/** Transcripts introduce the head of government after the host's opening words. */
const SPEAKER_ZONE = 1500;
/** `会议上;刘春林;各位代表`: a work report delivered at a congress without the title. */
const BARE_SPEAKER = new RegExp(`会议上[;；\\s]+(${NAME})[;；\\s]+(?=各位)`);

/**
 * The speaker: the head of government named near the top (a press conference
 * names its host first), else the first titled name in the header.
 */
export function inferSpeaker(match: string, subject: Subject | null): ReportMeta["speaker"] {
  const head = match.slice(0, HEADER_ZONE);
  const headTitle = subject ? headOfGovernmentTitle(subject.name) : null;
  const titled = [...collapseStrayDelimiters(match.slice(0, SPEAKER_ZONE)).matchAll(ROLE_SPEAKER)].filter(isPlausibleSpeaker);
  const headOfGovernment = titled.find((m) => headTitle && m[1]!.endsWith(headTitle) && !m[1]!.startsWith("副"));
  if (headOfGovernment) return { name: headOfGovernment[2]!, role: headOfGovernment[1]! };
  const withRole = [...collapseStrayDelimiters(head).matchAll(ROLE_SPEAKER)].find(isPlausibleSpeaker);
  if (withRole) return { name: withRole[2]!, role: withRole[1]! };
  const bare = BARE_SPEAKER.exec(head);
  if (bare && subject) return { name: bare[1]!, role: headOfGovernmentTitle(subject.name) };
  return null;
}

/**
 * A name after a title: a personal name (surname first, not an ordinary word
 * such as 作介绍), or four characters that end the header line and do not
 * start with a Han name (旗长 巴图孟和).
 */
function isPlausibleSpeaker(m: RegExpMatchArray): boolean {
  const name = m[2]!;
  const rest = m.input!.slice(m.index! + m[0].length);
  if (name.length <= 3) return isPersonalName(name);
  // Four characters: a transliterated name (巴图孟和) alone at the end of the header line.
  const endsLine = /^(\s|各位|$)/.test(rest);
  return endsLine && !isPersonalName(name.slice(0, 2)) && !isPersonalName(name.slice(0, 3));
}

/** `县;长;魏;栋各位代表` -> `县长魏栋各位代表`: scraped headers put `;` between characters. */
function collapseStrayDelimiters(text: string): string {
  return text.replace(/([\u4e00-\u9fa5])[;；]\s*(?=[\u4e00-\u9fa5][;；])/g, "$1").replace(/([\u4e00-\u9fa5]);(?=[\u4e00-\u9fa5]各位)/g, "$1");
}
