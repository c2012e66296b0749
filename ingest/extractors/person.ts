/**
 * Person extractor
 * ================
 *
 * Officials are named with their title: before the name in headers and
 * running text (`县长;史玉江`, `副县长雷海云`), on a speaker line of their own in
 * transcripts (`县委副书记、政府县长 王小明:`), or after it (`王小明县长`).
 * A name must start with a known surname and end where the sentence moves
 * on (punctuation or a verb such as 主持, 介绍). National leaders mentioned in
 * passing are skipped; journalists are people but not officials, editors are
 * left out (they are credited, not reported on).
 */
import type { Mention } from "../types.ts";
import { NATIONAL_LEADER_MARKERS, OCCUPATION_WORDS, ROLE_WORDS, WRITER_LABELS, isOfficeRole } from "../data/roles.ts";
import { findPlaces } from "../places.ts";
import { isPersonalName } from "../names.ts";
import { dictionaryFrequency, segment } from "../segment.ts";
import { sentenceAt } from "./sentence-index.ts";
import type { MentionExtractor, ReportContext } from "./types.ts";

const ROLES = ROLE_WORDS.join("|");
const EDITOR_ROLE = /编辑$/;
/** Words that may directly follow a name. */
const NAME_FOLLOWERS = [
  "同志", "作", "在", "说", "指出", "表示", "介绍", "主持", "出席", "强调", "讲话", "带领", "率", "一行", "等", "和",
  "与", "及", "为", "对", "到", "来", "任", "当选", "各位", "代表", "答", "回答", "提问", "发布", "宣布", "致辞", "同",
  "告诉", "透露", "坦言", "认为", "称", "谈到", "提出", "要求", "调研", "深入", "带队", "陪同", "参加", "会见",
  "看望", "慰问", "考察", "走访", "检查", "督导", "现场", "给", "向", "把", "也", "还", "一边", "正在", "笑着", "是",
  "就是", "今年", "已经", "算了", "指着", "带着", "领着", "荣获", "获得", "获评", "被",
  "正", "带", "专门", "特意", "亲自", "家的", "家里", "家中", "的", "又", "先生", "女士",
];
/**
 * A title and the name after it. The name is only looked at, not consumed: a
 * role word inside a longer word (`精|工人|力资源总监孙丽华`) must not swallow the
 * title that really precedes the name. Only spaces and colons stand between
 * them: a name is never on the line after its title (`长城网记者：\n\n高新区是…`).
 */
const ROLE_THEN_NAME = new RegExp(`(${ROLES})(?=([;；:：\\t \\u3000]*)([\\u4e00-\\u9fa5]{2,4}))`, "g");
/** Uyghur, Kazakh, Tibetan … names in Chinese letters: given name and father's name joined by a middle dot (艾尼瓦尔·买买提). */
const DOTTED_NAME = "[\\u4e00-\\u9fa5]{1,8}[·・•‧][\\u4e00-\\u9fa5]{2,8}";
const DOT = /[·・•‧]/;
const ROLE_THEN_DOTTED_NAME = new RegExp(`(${ROLES})(?=([;；:：\\t \\u3000]*)(${DOTTED_NAME}))`, "g");
const TITLES_AFTER_NAME = ROLE_WORDS.filter((role) => !OCCUPATION_WORDS.includes(role)).join("|");
/** `王小明县长`: a title after the name (occupations come only before one). */
const NAME_THEN_ROLE = new RegExp(`([\\u4e00-\\u9fa5]{2,3})(${TITLES_AFTER_NAME})`, "g");

export const personExtractor: MentionExtractor = {
  type: "Person",
  extract(context: ReportContext): Mention[] {
    const text = context.draft.match;
    const found: Mention[] = [];
    const add: AddPerson = (name, role, start, roleStart, length = name.length) => {
      // editors are credited, not reported on (the dev gold leaves them out); a one-line scrape keeps their line
      if (EDITOR_ROLE.test(role) || isNationalLeader(text, start, start + length)) return;
      found.push({
        type: "Person",
        name,
        start,
        end: start + length,
        sentence: sentenceAt(context.sentences, Math.min(start, roleStart)),
        contextStart: Math.min(start, roleStart),
        props: { role, official: isOfficeRole(role), ...placeOfOffice(text, roleStart) },
      });
    };
    for (const m of text.matchAll(ROLE_THEN_DOTTED_NAME)) {
      const start = m.index + m[1]!.length + m[2]!.length;
      const name = dottedNameAt(text, start);
      if (name) add(name, m[1]!, start, m.index);
    }
    for (const m of text.matchAll(ROLE_THEN_NAME)) {
      // a dotted name was read whole above
      const nameStart = m.index + m[1]!.length + m[2]!.length;
      if (DOT.test(text[nameStart + m[3]!.length] ?? "") && found.some((f) => f.contextStart === m.index)) continue;
      const name = nameAt(text, nameStart, m[1]!);
      if (!name) continue;
      const listed = namesListedAfter(text, nameStart + name.length);
      // `县领导包保、专班督办`: a title of a group (县领导) is followed by a list of names
      if (GROUP_TITLE.test(m[1]!) && listed.length === 0) continue;
      add(name, m[1]!, nameStart, m.index);
      for (const [other, at] of listed) add(other, m[1]!, at, m.index);
    }
    for (const m of text.matchAll(NAME_THEN_ROLE)) {
      const candidate = trailingName(m[1]!);
      // `金茉香董事长陈家宁`: a title with its own name after it leaves the words before it to the firm or office
      if (!candidate || found.some((f) => f.contextStart === m.index + m[1]!.length)) continue;
      const start = m.index + m[1]!.length - candidate.length;
      if (isNameBoundary(text, start) && !found.some((f) => f.start === start)) add(candidate, m[2]!, start, start + candidate.length);
    }
    addBylines(text, found, add);
    addSpeaker(context, found, add);
    addHeaderSpeaker(text, found, add);
    return found;
  },
};

/**
 * The dotted name starting at `start`, up to where the sentence moves on: the
 * longest end a follower word comes after (`…买买提|出席`, not `…买买|提出`), else
 * the longest end before punctuation.
 */
function dottedNameAt(text: string, start: number): string | null {
  const dot = text.slice(start).search(DOT);
  const spoken = dottedNameBeforeClause(text, start + dot + 1);
  if (spoken > 0) return text.slice(start, start + dot + 1 + spoken);
  let beforeFollower = 0;
  let beforeBreak = 0;
  for (let length = 2; length <= 8 && /[\u4e00-\u9fa5]/.test(text[start + dot + length] ?? ""); length++) {
    const end = start + dot + 1 + length;
    if (NAME_FOLLOWERS.some((word) => text.startsWith(word, end))) beforeFollower = length;
    if (!/[\u4e00-\u9fa5]/.test(text[end] ?? "")) beforeBreak = length;
  }
  const length = beforeFollower || beforeBreak;
  return length > 0 ? text.slice(start, start + dot + 1 + length) : null;
}

/** Tags of the words a clause goes on with after a dotted name (`马库斯·韦伯|用…`). */
const CLAUSE_GOES_ON = /^(?:p|v|d|uj|ul|c|r)/;

/**
 * Length of the part after the dot when the segmenter sees the clause go on
 * after it with a word of two characters or a preposition (`韦伯|用略显生硬的…`);
 * 0 when it cannot tell (`买买|提出席` is left to the followers).
 */
function dottedNameBeforeClause(text: string, from: number): number {
  const han = /^[\u4e00-\u9fa5]*/.exec(text.slice(from, from + 12))![0];
  const tokens = segment(han);
  const next = tokens.findIndex((t) => t.start >= 2 && CLAUSE_GOES_ON.test(t.tag) && (t.word.length >= 2 || t.tag === "p"));
  if (next < 0) return 0;
  const name = tokens.slice(0, next);
  return name.every((t) => /^(?:nr|x|ns|nz)/.test(t.tag)) ? tokens[next]!.start : 0;
}

/**
 * `县领导韦红英、梁建华、覃少斌，`: more names after the title's first, joined
 * by 、, each a surname and given name ending at 、, punctuation or a follower.
 */
function namesListedAfter(text: string, at: number): Array<[string, number]> {
  const names: Array<[string, number]> = [];
  while (text[at] === "、") {
    const start = at + 1;
    const length = [3, 2].find((n) => isPersonalName(text.slice(start, start + n)) && (/^[、，。,;；]/.test(text[start + n] ?? "") || followerWordAt(text, start + n)));
    if (length === undefined) break;
    names.push([text.slice(start, start + length), start]);
    at = start + length;
  }
  return names;
}

/** The name starting at `start`: three characters if the third still belongs to it, else two. */
function nameAt(text: string, start: number, role: string): string | null {
  // `请赵明区长作介绍`: what follows a title may be the sentence going on, unless
  // it is a whole name set off by punctuation (`副区长任晓帆，`, 任 being a surname)
  const followerFirst = NAME_FOLLOWERS.some((word) => text.startsWith(word, start));
  for (const length of [3, 2]) {
    const name = text.slice(start, start + length);
    // `王强|正在`, `方敏|说。`: the third character starts the words after a two-character name
    if (length === 3 && (SPEECH_AFTER_NAME.test(text.slice(start + 2, start + 4)) || followerWordAt(text, start + 2)) && isPersonalName(name.slice(0, 2))) continue;
    // the name test first: it is cheap where no surname starts the text, and endsName may segment
    if (followerFirst ? endsAtPunctuation(text, start + length) && isWholeName(name) : isPersonalName(name) && endsName(text, start, start + length)) {
      return name;
    }
  }
  return followerFirst || GROUP_NOUN_ROLE.test(role) ? null : unsurnamedNameAt(text, start);
}

const GROUP_TITLE = /领导$/;

/** Occupations that also name a whole group (`农民增收`, `居民应保尽保`): only a Han name with its surname follows them. */
const GROUP_NOUN_ROLE = /^(?:农民|居民|市民|村民|游客|职工|员工|工人|农户|脱贫户|患者|大学生)$/;

/**
 * `牧民巴特尔又…`, `旗长额尔敦毕力格说`: Mongolian, Tibetan and other names
 * without a Han surname, right after a title: three to six characters that
 * start with a name or an unknown word of two characters or more, go on with
 * rare syllables only, and end before punctuation, a follower word or 说.
 */
function unsurnamedNameAt(text: string, start: number): string | null {
  for (let length = 6; length >= 3; length--) {
    const end = start + length;
    const name = text.slice(start, end);
    if (!/^[\u4e00-\u9fa5]+$/.test(name) || NAME_FOLLOWERS.some((word) => name.endsWith(word))) continue;
    if (!(endsAtPunctuation(text, end) || followerWordAt(text, end) || /^[说称又]/.test(text[end] ?? ""))) continue;
    if (isUnsurnamedName(name)) return name;
  }
  return null;
}

function isUnsurnamedName(name: string): boolean {
  const tokens = segment(name);
  // `苏|和|巴特尔`: single syllables before a rare name word the segmenter knows
  const last = tokens.at(-1);
  if (name.length >= 4 && last && last.word.length >= 3 && /^(?:nr|x)/.test(last.tag) && dictionaryFrequency(last.word) < RARE_WORD && tokens.slice(0, -1).every((t) => t.word.length === 1)) return true;
  const [first, ...rest] = tokens;
  if (!first || first.word.length < 2 || !(/^nr/.test(first.tag) || (first.tag === "x" && dictionaryFrequency(first.word) < RARE_WORD))) return false;
  return rest.every((t) => {
    const frequency = dictionaryFrequency(t.word);
    if (t.word.length === 1) return frequency < RARE_CHARACTER;
    return frequency < RARE_WORD && (NAME_TAGS.test(t.tag) || !COMMON_WORD_TAGS.test(t.tag));
  });
}

/** A single character rarer than this in the dictionary is name material (其, 格, 敦 are; 的, 说 are not). */
const RARE_CHARACTER = 20000;
/** A word rarer than this is a transcription's syllables (`毕力`), not a word of the sentence. */
const RARE_WORD = 50;
/** Tags of words that are rare but ordinary language (`养老保险`, `停留时间`): no syllables of a name. */
const COMMON_WORD_TAGS = /^(?:n|l|v|vn|a|i|t|m|q)$/;

/** A name the segmenter keeps as one word (`任晓帆`), not a follower and a word (`和|企业`). */
function isWholeName(name: string): boolean {
  return segment(name).length === 1 && isPersonalName(name);
}

function followerWordAt(text: string, at: number): boolean {
  return NAME_FOLLOWERS.some((word) => word.length >= 2 && text.startsWith(word, at));
}

function endsAtPunctuation(text: string, end: number): boolean {
  return end >= text.length || /[，。、；：,;:！？!?\s]/.test(text[end]!);
}

/** `副总经理方敏说。`: a one-character verb of speech that ends the clause follows a two-character name. */
const SPEECH_AFTER_NAME = /^[说称讲][，。,.：:；;！!？?”"\s]/;

function endsName(text: string, start: number, end: number): boolean {
  if (end >= text.length) return true;
  const next = text[end]!;
  if (!/[\u4e00-\u9fa5]/.test(next)) return true;
  return NAME_FOLLOWERS.some((word) => text.startsWith(word, end)) || verbAfter(text, start, end);
}

/** Tags of the words a sentence goes on with after its subject: verbs, adverbs, prepositions, time words. */
const GOING_ON_TAGS = /^(?:v|d|p|t)/;

/**
 * `村民马春花|去年…`: the segmenter reads the name as name-like words only (not
 * `安置|楼`) and ends it where a verb, adverb or time word of two characters begins.
 */
function verbAfter(text: string, start: number, end: number): boolean {
  const tokens = segment(text.slice(start, end + 4));
  const next = tokens.find((t) => t.start === end - start);
  if (next === undefined || next.word.length < 2 || !GOING_ON_TAGS.test(next.tag)) return false;
  return tokens.every((t) => t.start >= end - start || t.word.length === 1 || NAME_TAGS.test(t.tag));
}

/** Words a given name may be cut into: names, unknown words, and nouns (`李|春生`, `王|建国`). */
const NAME_TAGS = /^(?:nr|x|nz|n$)/;

/** `请王小明` -> `王小明`: the longest tail of the text before a title that is a name. */
function trailingName(prefix: string): string | null {
  for (const length of [3, 2]) {
    const name = prefix.slice(-length);
    if (name.length === length && !COURTESY_START.test(name) && isPersonalName(name)) return name;
  }
  return null;
}

/** `谢谢赵县长`, `欢迎李局长`: thanks or a welcome before a surname and title, not a name. */
const COURTESY_START = /^(?:谢谢|感谢|欢迎|有请|请问)/;

/** A name placed before its title must not be glued to a preceding word. */
function isNameBoundary(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  return before === "" || !/[\u4e00-\u9fa5]/.test(before) || /[请由和与及、,，:：]/.test(before);
}

function isNationalLeader(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 6), start) + "|" + text.slice(end, end + 6);
  return NATIONAL_LEADER_MARKERS.some((marker) => around.includes(marker));
}

/**
 * Where an official holds office, from the words before the title:
 * `岚县政府副县长` -> 岚县 (placeCode); `市委宣传部副部长` without a place name ->
 * the city above the subject (placeLevel "city").
 */
function placeOfOffice(text: string, roleStart: number): { placeCode: string | null; placeLevel: string | null } {
  const window = text.slice(Math.max(0, roleStart - 12), roleStart);
  const last = findPlaces(window).at(-1);
  if (last && last.candidates.length === 1 && last.candidates[0]!.level !== "province") {
    return { placeCode: last.candidates[0]!.code, placeLevel: null };
  }
  return { placeCode: null, placeLevel: /(市委|市政府|市人民政府|市人大|市政协)[^县区]*$/.test(window) ? "city" : null };
}

const SPACE = "[ \\t\\u3000]";
const LONG_WRITER_LABELS = WRITER_LABELS.filter((label) => label.length > 1).join("|");
const SHORT_WRITER_LABELS = WRITER_LABELS.filter((label) => label.length === 1).join("|");
/**
 * `文字 王勇 图片 …提供`, `文/王勇`, `撰文：李明`: the writer of a feature, on a
 * line of its own or set apart by spaces. A one-character label needs a separator.
 */
const BYLINE = new RegExp(
  `(?<=^|[\\s\\u3000])(?:(?:${LONG_WRITER_LABELS})${SPACE}*[:：/／]?|(?:${SHORT_WRITER_LABELS})(?:${SPACE}*[:：/／]|${SPACE}+))${SPACE}*([\\u4e00-\\u9fa5]{2,3})(?=[\\s\\u3000]|$)`,
  "gm",
);

const PRESS_LABELS = ["记者", "通讯员"].join("|");
const PRESS_NAME = `(?!${PRESS_LABELS})[\\u4e00-\\u9fa5]{2,3}`;
/**
 * `记者 黄思雨 通讯员 韦立新 梁月`, `作者：记者 冶文涛 韩雪莲`, `本报记者 陈立帆、吴若岚/海南琼海报导`:
 * each label of a press byline may carry several names.
 */
const PRESS_BYLINE = new RegExp(
  `(?<=^|[\\s\\u3000:：]|本报|本台|本网|本刊)(${PRESS_LABELS})(${SPACE}+${PRESS_NAME}(?:(?:${SPACE}+|、)${PRESS_NAME})*)(?=[\\s\\u3000/／]|$)`,
  "gm",
);
const BYLINE_NAME = /[\u4e00-\u9fa5]{2,3}/g;

function addBylines(text: string, found: Mention[], add: AddPerson): void {
  for (const m of text.matchAll(BYLINE)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (!isPersonalName(name) || found.some((f) => f.start === start)) continue;
    add(name, "作者", start, m.index);
  }
  for (const m of text.matchAll(PRESS_BYLINE)) {
    const namesAt = m.index + m[1]!.length;
    for (const n of m[2]!.matchAll(BYLINE_NAME)) {
      const start = namesAt + n.index;
      if (isPersonalName(n[0]) && !found.some((f) => f.start === start)) add(n[0], m[1]!, start, m.index);
    }
  }
}

const HEADER_ZONE = 400;
/** `乌审旗人民政府旗长 巴图孟和` on a line of its own: any name of two to four characters (not only Han surnames). */
const HEADER_SPEAKER = new RegExp(`(${ROLES})[ \\t\u3000;；]*([\\u4e00-\\u9fa5]{2,4})[ \\t\u3000]*(?=\\n)`, "g");

function addHeaderSpeaker(text: string, found: Mention[], add: AddPerson): void {
  for (const m of text.slice(0, HEADER_ZONE).matchAll(HEADER_SPEAKER)) {
    const name = m[2]!;
    const start = m.index + m[0].indexOf(name, m[1]!.length);
    if (/^各位|代表|同志|朋友/.test(name) || found.some((f) => f.start === start)) continue;
    add(name, m[1]!, start, m.index);
  }
}

type AddPerson = (name: string, role: string, start: number, roleStart: number, length?: number) => void;
const SPEAKER_SEARCH_ZONE = 2000;

/** The report's speaker from the header, when the patterns above did not already find them there. */
function addSpeaker(context: ReportContext, found: Mention[], add: AddPerson): void {
  const speaker = context.meta.speaker;
  if (!speaker || found.some((m) => m.name === speaker.name)) return;
  // `请赵明区长作介绍`: the words after a title are not always a name
  if (NAME_FOLLOWERS.some((word) => speaker.name.startsWith(word))) return;
  // Scraped headers may put `;` between the characters of a name (魏;栋).
  const spaced = new RegExp([...speaker.name].join("[;；\\s]?"));
  const zone = context.draft.match.slice(0, SPEAKER_SEARCH_ZONE);
  const hit = spaced.exec(zone);
  if (!hit) return;
  const roleAt = speaker.role ? zone.lastIndexOf(speaker.role, hit.index) : -1;
  const roleStart = roleAt >= 0 && hit.index - roleAt <= speaker.role!.length + 2 ? roleAt : hit.index;
  add(speaker.name, speaker.role ?? "", hit.index, roleStart, hit[0].length);
}
