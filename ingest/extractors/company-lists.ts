/**
 * Enumerations in a clause
 * ========================
 *
 * Finds `A、B、C等N家龙头企业` structures in a segmented clause: the items,
 * the verb before the first item (`引进`, `支持`) and the head after the list
 * (`企业` -> firms, `项目` -> projects, `养殖场` -> facilities). Item edges
 * come from the separators, quotes and the segmenter's tokens; the head
 * after `等` says what every item is. Shared helper: usable by any extractor
 * that reads lists (firms, projects).
 */
import {
  FIRM_ACTIVITY_WORDS, FIRM_LIST_HEADS, FIRM_TRIGGER_VERBS, LEFT_BOUNDARY_VERBS, NON_FIRM_ENDINGS, NON_FIRM_HEAD_MODIFIERS, PLACE_OR_INSTITUTION_HEADS, PROJECT_LIST_HEADS,
} from "../data/company-words.ts";
import { LEFT_CONTEXT_WORDS } from "../data/lexicon.ts";
import type { Token } from "../segment.ts";
import { wordFrequency } from "./company-vocabulary.ts";

export type ListHead = "firm" | "project" | "facility" | "other" | "none";

export interface ListItem {
  /** Offsets in the text the tokens point into; quotes around the item are excluded. */
  start: number;
  end: number;
  text: string;
  quoted: boolean;
}

export interface ItemList {
  items: ListItem[];
  head: ListHead;
  /** The head word found after the list (`企业`, `项目`), if any. */
  headWord: string | null;
  /** The trigger verb right before the first item (`引进`, `支持`), if any. */
  trigger: string | null;
  /** True when `等` closes the list. */
  closedByEtc: boolean;
  /** Offset right after the list's tail (head or last item). */
  end: number;
}

const SEPARATOR = "、";
const ETC = "等";
const MAX_ITEM_LENGTH = 24;
const MAX_TAIL_LENGTH = 20;
const OPEN_QUOTES = new Set(["“", "\"", "「", "『", "‘"]);
const CLOSE_QUOTES = new Set(["”", "\"", "」", "』", "’"]);
const TRIGGERS = new Set(FIRM_TRIGGER_VERBS);
const LEFT_VERBS = new Set(LEFT_BOUNDARY_VERBS);
const ACTIVITIES = new Set(FIRM_ACTIVITY_WORDS);
/** Verbs at least this frequent in the general dictionary are never inside a name. */
const FREQUENT_VERB = 3000;
const STOP_WORDS = new Set([
  ...LEFT_CONTEXT_WORDS, ...FIRM_TRIGGER_VERBS, "等", "的", "了", "着", "是", "有", "并", "又", "也", "都", "及", "和",
  // single-character verbs of report prose (`走…路子`, `抓项目`, `促发展`, `补短板`)
  "走", "让", "使", "给", "到", "去", "来", "用", "做", "搞", "抓", "促", "补", "好",
]);
/** Verbs of report prose the segmenter tags as nouns or unknown words (`做优|新能源`, `充分发挥|润坻食品`). */
const MISTAGGED_VERBS = new Set(["做优", "做强", "做大", "做精", "做实", "做特", "充分发挥"]);
/** Part-of-speech tags that never occur inside a name. */
const BREAK_TAGS = new Set(["p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "t"]);
/** Verb-like tags (a frequent or boundary verb of two or more characters ends a name). */
export const VERB_TAGS = new Set(["v", "vd", "vi", "ad"]);
/** Predicates of projects right after a list without `等` (`百特辉医疗器械、新源谷地源热泵抓紧建设`). */
const PROJECT_PREDICATE = /^(?:抓紧|加快|加紧|全面|开工|正式)?(?:建设|建成|投产|竣工|开工|落地|达效|达产)/;
const COUNT = /^(?:[0-9０-９]+|[一二三四五六七八九十两几多数百千]+)(?:余|多)?(?:家|个|户|批|项|大|所)|^一批/;
/** A legal form ends the last item even across function words inside the name (`通和顺奶牛饲养公司`). */
const LEGAL_END = /(?:公司|集团)$/;
const PUNCTUATION = /^[^\u4e00-\u9fa5A-Za-z0-9()（）·]+$/;

/** What a clause must hold for `findLists` to find a list in it: a separator, `等`, or quotes written back to back. */
export const LIST_MARK = new RegExp(`${SEPARATOR}|${ETC}|[${[...CLOSE_QUOTES].join("")}][${[...OPEN_QUOTES].join("")}]`);
/** Head words that make a list's items firms or projects (the other heads make them neither). */
export const FIRM_OR_PROJECT_HEADS = [...FIRM_LIST_HEADS, ...PROJECT_LIST_HEADS];
/** The predicates that make a list without `等` a list of projects, wherever they stand. */
export const PROJECT_PREDICATE_WORD = new RegExp(PROJECT_PREDICATE.source.replace(/^\^/, ""));

const CLASS_HEADS = new Set(PLACE_OR_INSTITUTION_HEADS);
const HEADS: Array<{ word: string; head: ListHead }> = [
  ...FIRM_LIST_HEADS.map((word) => ({ word, head: "firm" as const })),
  ...PROJECT_LIST_HEADS.map((word) => ({ word, head: "project" as const })),
  ...PLACE_OR_INSTITUTION_HEADS.map((word) => ({ word, head: "other" as const })),
  ...NON_FIRM_ENDINGS.filter((w) => !FIRM_LIST_HEADS.includes(w) && !PROJECT_LIST_HEADS.includes(w) && !CLASS_HEADS.has(w))
    .map((word) => ({ word, head: "facility" as const })),
]
  .filter(({ word }) => word.length >= 2)
  .sort((a, b) => b.word.length - a.word.length);

/**
 * Tokens for list and name reading: the segmenter glues `等` to an unknown
 * name before it (`天顺兴等` -> `天顺`, `兴等`), so such tokens are split; a
 * short bracketed group inside a name (`(河北)`, `(光伏+储能)`) becomes one
 * token; quoted items written back to back (`“姥姥和我”“妈妈的手工坊”`) get
 * an empty separator between them; a boundary verb glued to a name
 * (`加快国|新能源`) is split off.
 */
export function prepareTokens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const previous = out.at(-1);
    if (previous && CLOSE_QUOTES.has(previous.word) && OPEN_QUOTES.has(token.word) && previous.end === token.start) {
      out.push({ word: SEPARATOR, tag: "x", start: token.start, end: token.start });
    }
    if (OPEN_BRACKETS.has(token.word)) {
      const close = closingBracket(tokens, k);
      if (close !== null) {
        const words = tokens.slice(k, close + 1).map((t) => t.word).join("");
        out.push({ word: words, tag: "x", start: token.start, end: tokens[close]!.end });
        k = close;
        continue;
      }
    }
    if (previous && straddledTrigger(previous, token, tokens[k + 1])) {
      out[out.length - 1] = { word: previous.word + token.word[0], tag: "v", start: previous.start, end: token.start + 1 };
      out.push({ word: token.word.slice(1), tag: "x", start: token.start + 1, end: token.end });
      continue;
    }
    const glued = gluedVerbLength(token, tokens[k - 1]);
    if (glued > 0) {
      out.push({ word: token.word.slice(0, glued), tag: "v", start: token.start, end: token.start + glued });
      out.push({ word: token.word.slice(glued), tag: "x", start: token.start + glued, end: token.end });
      continue;
    }
    if (token.word.length >= 2 && token.word.endsWith(ETC) && wordFrequency(token.word) === 0) {
      out.push({ word: token.word.slice(0, -1), tag: "x", start: token.start, end: token.end - 1 });
      out.push({ word: ETC, tag: "u", start: token.end - 1, end: token.end });
    } else out.push(token);
  }
  return out;
}

const NAME_MATERIAL_TAGS = new Set(["x", "nr", "nrt", "nz", "ns", "eng"]);

/**
 * `引|进山|西建龙`: a trigger verb cut by the segmenter, its second character
 * glued to the start of the name after it (a single-character token, then a
 * short word, then name material).
 */
function straddledTrigger(previous: Token, token: Token, next: Token | undefined): boolean {
  if (previous.word.length !== 1 || token.word.length < 2 || token.word.length > 3) return false;
  if (!TRIGGERS.has(previous.word + token.word[0])) return false;
  return next !== undefined && (NAME_MATERIAL_TAGS.has(next.tag) || next.word.length === 1);
}

/** Words that introduce a list and that the segmenter glues to its first item (`其中恒|通达物流`). */
const LIST_LEAD_INS = new Set(["其中", "包括", "例如", "比如", "诸如"]);

/** `加快国|新能源`: an unknown word that starts with a boundary verb is that verb plus the start of a name. */
function gluedVerbLength(token: Token, previous: Token | undefined): number {
  if (token.tag !== "x" || token.word.length < 2 || wordFrequency(token.word) > 0) return 0;
  // `由昌|州牧业集团`: a preposition that starts no trade name, glued to one
  if (GLUED_LEADING_PREPOSITION.test(token.word)) return 1;
  if (token.word.length < 3) return 0;
  if (LEFT_VERBS.has(token.word.slice(0, 2)) || TRIGGERS.has(token.word.slice(0, 2)) || LIST_LEAD_INS.has(token.word.slice(0, 2))) return 2;
  // `发挥|好阜榆`: a verb's complement glued to the name after it
  return previous !== undefined && VERB_TAGS.has(previous.tag) && /^[好在到]/.test(token.word) ? 1 : 0;
}

const OPEN_BRACKETS = new Set(["(", "（"]);
const CLOSE_BRACKETS = new Set([")", "）"]);

/** The matching close bracket within 12 characters, with no list or clause punctuation inside. */
function closingBracket(tokens: readonly Token[], open: number): number | null {
  for (let k = open + 1; k < tokens.length && tokens[k]!.end - tokens[open]!.start <= 12; k++) {
    const word = tokens[k]!.word;
    if (CLOSE_BRACKETS.has(word)) return k > open + 1 ? k : null;
    if (word === SEPARATOR || word === ETC || /[,，;；。:：]/.test(word) || OPEN_BRACKETS.has(word)) return null;
  }
  return null;
}

export function isPunctuation(token: Token): boolean {
  return PUNCTUATION.test(token.word);
}

/**
 * True for a token that cannot be part of a name: punctuation, function
 * words, counts, the closed list of verbs that precede names, and frequent
 * verbs; rare verbs (`煅烧`, `饲养`) and activity words (`制造`) stay inside.
 */
const ORDINAL = /^第[一二三四五六七八九十]{1,3}$/;

export function breaksName(token: Token): boolean {
  if (isPunctuation(token) || STOP_WORDS.has(token.word) || BREAK_TAGS.has(token.tag) || MISTAGGED_VERBS.has(token.word)) return true;
  // `中国水利水电|第十四|工程局`, `中交|第二|航务工程局`: an ordinal numbers a unit inside its name
  if (token.tag === "m" && (token.word.length >= 2 || /[0-9]/.test(token.word))) return !ORDINAL.test(token.word);
  if (!VERB_TAGS.has(token.tag) || token.word.length < 2 || ACTIVITIES.has(token.word)) return false;
  return LEFT_VERBS.has(token.word) || wordFrequency(token.word) >= FREQUENT_VERB;
}

/** All enumerations of a clause (`tokens` = the clause's tokens, offsets into `text`). */
export function findLists(text: string, tokens: readonly Token[]): ItemList[] {
  const lists: ItemList[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.word === SEPARATOR) {
      const list = parseChain(text, tokens, i);
      if (list) {
        lists.push(list.list);
        i = list.next;
        continue;
      }
    } else if (token.word === ETC) {
      const single = parseSingle(text, tokens, i);
      if (single) lists.push(single);
    }
    i++;
  }
  return lists;
}

function parseChain(text: string, tokens: readonly Token[], firstSeparator: number): { list: ItemList; next: number } | null {
  const first = walkLeft(tokens, firstSeparator - 1);
  if (!first) return null;
  const items = [first];
  let separator = firstSeparator;
  for (;;) {
    const nextSeparator = nextSeparatorOf(tokens, separator);
    if (nextSeparator === null) break;
    items.push(spanItem(text, tokens, separator + 1, nextSeparator - 1));
    separator = nextSeparator;
  }
  const last = walkRight(tokens, separator + 1);
  if (!last) return null;
  items.push(...splitAtConjunction(tokens, last.item));
  const tail = readTail(text, tokens, last.next);
  const trigger = first.index > 0 && TRIGGERS.has(tokens[first.index - 1]!.word) ? tokens[first.index - 1]!.word : null;
  return {
    list: { items: items.map((it) => toItem(text, it, tokens[it.index])), trigger, ...tail },
    next: tokens[last.next]?.word === ETC ? last.next + 1 : last.next,
  };
}

/** `X等企业`: one item before `等`. */
function parseSingle(text: string, tokens: readonly Token[], etc: number): ItemList | null {
  if (etc === 0 || tokens[etc - 1]!.word === SEPARATOR) return null;
  const item = walkLeft(tokens, etc - 1);
  if (!item) return null;
  const tail = readTail(text, tokens, etc);
  if (tail.head !== "firm" && tail.head !== "project") return null;
  const trigger = item.index > 0 && TRIGGERS.has(tokens[item.index - 1]!.word) ? tokens[item.index - 1]!.word : null;
  return { items: [toItem(text, item, tokens[item.index])], trigger, ...tail };
}

const CONJUNCTIONS = new Set(["以及", "及", "和", "与", "并"]);

/** `鑫途科技3000吨氯化树脂以及唐晋纺织熔喷布生产`: the last item of a list may join two items. */
function splitAtConjunction(tokens: readonly Token[], item: RawItem): RawItem[] {
  for (let k = item.index + 1; k < tokens.length && tokens[k]!.end < item.end; k++) {
    const token = tokens[k]!;
    if (!CONJUNCTIONS.has(token.word) || (token.word !== "以及" && token.tag !== "c")) continue;
    if (token.start - item.start < 3 || item.end - token.end < 3) continue;
    return [{ start: item.start, end: token.start, index: item.index }, { start: token.end, end: item.end, index: k + 1 }];
  }
  return [item];
}

interface RawItem {
  start: number;
  end: number;
  /** Index of the item's first token. */
  index: number;
}

/** Prepositions that start no trade name (和, 同, 向 do: 和顺, 同德, 向阳). */
const GLUED_LEADING_PREPOSITION = /^[由以对把将为从]/;
/** Prepositions the segmenter sometimes glues to the first item (`以牧原`, `对侨银环保`). */
const GLUED_PREPOSITION = /^[以对与和在把将由向从为同跟及]/;

function gluedPreposition(token: Token): boolean {
  return token.word.length >= 2 && GLUED_PREPOSITION.test(token.word) && wordFrequency(token.word) === 0;
}

function toItem(text: string, raw: RawItem, first?: Token): ListItem {
  let { start, end } = raw;
  if (first && end - start >= 3 && gluedPreposition(first)) start++;
  const quoted = OPEN_QUOTES.has(text[start]!) && CLOSE_QUOTES.has(text[end - 1]!);
  if (quoted) {
    start++;
    end--;
  }
  return { start, end, text: text.slice(start, end), quoted };
}

/** The item that ends at token `at`: back to the matching quote, or back over name-like tokens. */
function walkLeft(tokens: readonly Token[], at: number): RawItem | null {
  if (at < 0) return null;
  const end = tokens[at]!.end;
  if (CLOSE_QUOTES.has(tokens[at]!.word)) {
    for (let k = at - 1; k >= 0 && end - tokens[k]!.start <= MAX_ITEM_LENGTH; k--) {
      if (OPEN_QUOTES.has(tokens[k]!.word)) return { start: tokens[k]!.start, end, index: k };
    }
    return null;
  }
  let k = at;
  while (k >= 0 && (!breaksName(tokens[k]!) || isCapacityPart(tokens, k)) && end - tokens[k]!.start <= MAX_ITEM_LENGTH) k--;
  if (k === at) return null;
  return { start: tokens[k + 1]!.start, end, index: k + 1 };
}

/** Numbers and units of a capacity (`1×30兆瓦`, `10万千瓦`): inside a project name they do not end it. */
const CAPACITY_TOKEN = /^(?:[0-9.]+|×|\*|[万千百亿]*(?:千瓦|兆瓦|吨|千伏|瓦|立方米|平方米|亩|头|只|羽|套|台|辆|公里|千米|万|千|片|件|支|颗|块|张|米|升|千克|公斤|盒|瓶|箱))$/;

export function isCapacityToken(token: Token): boolean {
  return CAPACITY_TOKEN.test(token.word);
}

/** A capacity token right after a name token, past the other capacity tokens (so it is inside a name). */
export function isCapacityPart(tokens: readonly Token[], k: number): boolean {
  if (!isCapacityToken(tokens[k]!)) return false;
  let before = k - 1;
  while (before >= 0 && isCapacityToken(tokens[before]!)) before--;
  return before >= 0 && !breaksName(tokens[before]!);
}

/** The last item, starting at token `at`: up to `等` when it follows closely, else over name-like tokens. */
function walkRight(tokens: readonly Token[], at: number): { item: RawItem; next: number } | null {
  if (at >= tokens.length) return null;
  const start = tokens[at]!.start;
  if (OPEN_QUOTES.has(tokens[at]!.word)) {
    for (let k = at + 1; k < tokens.length && tokens[k]!.end - start <= MAX_ITEM_LENGTH; k++) {
      if (CLOSE_QUOTES.has(tokens[k]!.word)) return { item: { start, end: tokens[k]!.end, index: at }, next: k + 1 };
    }
    return null;
  }
  let legalPossible = true;
  for (let k = at; k < tokens.length && tokens[k]!.start - start <= MAX_ITEM_LENGTH; k++) {
    const token = tokens[k]!;
    if (token.word === ETC && k > at) return { item: { start, end: token.start, index: at }, next: k };
    if (isPunctuation(token) || token.word === SEPARATOR) break;
    if (legalPossible && k > at && LEGAL_END.test(token.word)) return { item: { start, end: token.end, index: at }, next: k + 1 };
    // `中联重科|三家公司`: a count before the legal form is not part of the name
    if (token.tag === "m") legalPossible = false;
  }
  let k = at;
  while (k < tokens.length && !breaksName(tokens[k]!) && tokens[k]!.end - start <= MAX_ITEM_LENGTH) k++;
  if (k === at) return null;
  return { item: { start, end: tokens[k - 1]!.end, index: at }, next: k };
}

/** Next separator after `from` when the item between is a plain span (no `等`, no punctuation). */
function nextSeparatorOf(tokens: readonly Token[], from: number): number | null {
  const start = tokens[from + 1]?.start ?? 0;
  for (let k = from + 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.end - start > MAX_ITEM_LENGTH) return null;
    if (token.word === SEPARATOR) return k > from + 1 ? k : null;
    if (token.word === ETC || (isPunctuation(token) && !OPEN_QUOTES.has(token.word) && !CLOSE_QUOTES.has(token.word))) return null;
  }
  return null;
}

/** A middle item: the tokens between two separators, up to a verb that starts a predicate (`巨龙智能风机|加快研发`). */
function spanItem(_text: string, tokens: readonly Token[], from: number, to: number): RawItem {
  let end = to;
  for (let k = from + 1; k <= to; k++) {
    const token = tokens[k]!;
    if (VERB_TAGS.has(token.tag) && token.word.length >= 2 && breaksName(token)) {
      end = k - 1;
      break;
    }
  }
  return { start: tokens[from]!.start, end: tokens[end]!.end, index: from };
}

/**
 * What follows the last item: `等`, a count, and the noun phrase whose last
 * head word says what the items are (`等5家“金种子”企业`, `等高新技术企业`).
 */
function readTail(text: string, tokens: readonly Token[], next: number): Pick<ItemList, "head" | "headWord" | "closedByEtc" | "end"> {
  const closedByEtc = tokens[next]?.word === ETC;
  const from = closedByEtc ? next + 1 : next;
  const tailStart = tokens[from]?.start ?? text.length;
  let tailEnd = tailStart;
  for (let k = from; k < tokens.length && tokens[k]!.end - tailStart <= MAX_TAIL_LENGTH; k++) {
    const token = tokens[k]!;
    if (isPunctuationOutsideQuotes(token) || (k > from && endsNounPhrase(token) && !startsWithHead(tokens[k + 1]))) break;
    tailEnd = token.end;
  }
  const tail = text.slice(tailStart, tailEnd);
  const endOfItems = tokens[next - 1]?.end ?? tailStart;
  if (!closedByEtc && PROJECT_PREDICATE.test(text.slice(tailStart, tailStart + 6))) return { head: "project", headWord: null, closedByEtc, end: endOfItems };
  if (!closedByEtc && !COUNT.test(tail)) return { head: "none", headWord: null, closedByEtc, end: endOfItems };
  const found = lastHead(tail);
  if (!found) return { head: "none", headWord: null, closedByEtc, end: endOfItems };
  const before = tail.slice(0, found.at);
  const head = found.head === "firm" && NON_FIRM_HEAD_MODIFIERS.some((m) => before.endsWith(m)) ? "other" : found.head;
  return { head, headWord: found.word, closedByEtc, end: tailStart + found.at + found.word.length };
}

/** `示范|企业`: a verb right before a head word modifies it. */
function startsWithHead(token: Token | undefined): boolean {
  return token !== undefined && HEADS.some(({ word, head }) => (head === "firm" || head === "project") && token.word.startsWith(word));
}

/** A verb, preposition or `的` ends the head noun phrase after a list. */
function endsNounPhrase(token: Token): boolean {
  if (token.word === "的" || token.tag === "p" || token.tag === "d" || token.tag === "t") return true;
  return VERB_TAGS.has(token.tag) && token.word.length >= 2;
}

function isPunctuationOutsideQuotes(token: Token): boolean {
  return isPunctuation(token) && !OPEN_QUOTES.has(token.word) && !CLOSE_QUOTES.has(token.word);
}

/** The head word that ends last in the phrase (the longest one at that end). */
function lastHead(tail: string): { word: string; head: ListHead; at: number } | null {
  let best: { word: string; head: ListHead; at: number } | null = null;
  for (const { word, head } of HEADS) {
    const at = tail.lastIndexOf(word);
    if (at < 0) continue;
    const end = at + word.length;
    const bestEnd = best ? best.at + best.word.length : -1;
    if (end > bestEnd || (end === bestEnd && word.length > best!.word.length)) best = { word, head, at };
  }
  return best;
}
