/**
 * Company name edges and item checks
 * ==================================
 *
 * Helpers of the company extractor: where a name starts before its legal
 * form or project head (back over name tokens, through capacities and
 * brackets), whether a name found by its shape has a sure left edge, what
 * ends a name after a trigger verb, the report's own places, and the checks
 * an item of a firm list must pass.
 */
import { BUSINESS_SCOPE_WORDS, FIRM_PREDICATES, FIRM_TRIGGER_VERBS, LEFT_BOUNDARY_VERBS } from "../data/company-words.ts";
import { LEFT_CONTEXT_WORDS } from "../data/lexicon.ts";
import { findPlaces, isFrequentWordForm } from "../places.ts";
import { ORDINARY_FREQUENCY, wordFrequency } from "./company-vocabulary.ts";
import { segment, type Token } from "../segment.ts";
import { breaksName, isCapacityPart, isPunctuation, VERB_TAGS, type ListItem } from "./company-lists.ts";
import {
  hasNameToken, isCentralSoe, isCommonWord, isFirmShaped, isLooseFirmName, isLooseTradeName, isPlaceName, isPlaceTradeName, isSectorPhrase,
  isTradeName, isTradeNameWithModifier, leadingPlaceLength, legalSuffixOf, nonFirmEnding,
} from "./company-names.ts";

const LEFT_EDGE_WORDS = new Set([...LEFT_BOUNDARY_VERBS, ...FIRM_TRIGGER_VERBS, ...LEFT_CONTEXT_WORDS]);
const PREDICATE_WORDS = new Set(FIRM_PREDICATES);

/** Index of the first token of the name whose last token is `last`: back over name tokens. */
export function nameStartIndex(tokens: readonly Token[], last: number): number | null {
  let k = last;
  while (k >= 0 && !breaksName(tokens[k]!) && tokens[last]!.end - tokens[k]!.start <= 12) k--;
  return k === last ? null : k + 1;
}

/** A sure left edge for a name found by its shape alone: clause start, punctuation, a boundary verb, a preposition. */
export function isClearLeftEdge(before: Token | undefined): boolean {
  if (!before) return true;
  // an opening bracket too: `云岚酒庄（宁夏云岚葡萄酒业有限公司）` names the firm in full inside it
  return isPunctuation(before) || before.word === "、" || before.word === "(" || before.word === "（" || /^[pc]$/.test(before.tag) || LEFT_EDGE_WORDS.has(before.word);
}

/** Start of the name that ends at `position`: back over name-like tokens (a token cut by `position` counts). */
export function nameStartBefore(tokens: readonly Token[], position: number): number | null {
  let k = tokens.findIndex((t) => t.end >= position) ;
  if (k < 0) return null;
  if (tokens[k]!.start >= position) k--;
  let start: number | null = null;
  for (; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.start < position && token.end > position) {
      start = token.start;
      continue;
    }

    if ((breaksName(token) && !isCapacityPart(tokens, k)) || token.word === "、" || position - token.start > 24) break;
    start = token.start;
  }
  return start;
}

const SCOPE_WORDS = new Set(BUSINESS_SCOPE_WORDS);
const BRACKETED_GROUP = /^[(（](?:集团|控股|股份)[)）]$/;

/**
 * Start of a legal name that ends at `suffixStart`: back over the business
 * scope words before the legal form (`养老服务`, `建设发展`: verbs that would
 * end a name elsewhere), then over name-like tokens.
 */
export function legalNameStart(tokens: readonly Token[], suffixStart: number): number | null {
  let at = suffixStart;
  let k = tokens.findIndex((t) => t.end === at);
  // `…城市建设投资(集团)有限公司`: a bracketed group word before the legal form (one token, brackets being kept whole)
  if (k > 0 && BRACKETED_GROUP.test(tokens[k]!.word)) at = tokens[k--]!.start;
  while (k > 0 && SCOPE_WORDS.has(tokens[k]!.word)) at = tokens[k--]!.start;
  if (at === suffixStart) return nameStartBefore(tokens, suffixStart);
  return nameStartBefore(tokens, at);
}

/** The end of a name after a trigger verb: a break, any verb, a firm predicate (`申报`, tagged nz), a separator. */
export function endsSingleName(token: Token): boolean {
  return breaksName(token) || isVerb(token) || token.word === "、" || PREDICATE_WORDS.has(token.word);
}

/** The longest known firm name an item starts with (`美西林|常山酮`). */
export function knownPrefixOf(text: string, known: ReadonlySet<string>): string | undefined {
  for (let length = Math.min(text.length - 1, 12); length >= 2; length--) {
    if (known.has(text.slice(0, length))) return text.slice(0, length);
  }
  return undefined;
}

export function isVerb(token: Token): boolean {
  return VERB_TAGS.has(token.tag) && token.word.length >= 2;
}

export function projectEnd(text: string, start: number, limit: number): number {
  let end = start;
  while (end < limit && end - start < 30 && !/[、,;。等]/.test(text[end]!)) {
    if (text.startsWith("项目", end)) break;
    end++;
  }
  return end;
}


/** An item of a list whose head says "firms": anything but a sector, a place, a facility or a phrase. */
export function firmListItemOk(item: ListItem): boolean {
  const name = item.text;
  if (name.length < 2 || name.length > 16) return false;
  if (item.quoted) return !nonFirmEnding(name, { strictOnly: true }) && !isSectorPhrase(name);
  if (/[0-9]/.test(name) || nonFirmEnding(name, { strictOnly: true })) return false;
  if (isPlaceName(name)) return name.length === 2;
  if (legalSuffixOf(name)) return isFirmShaped(name);
  if (name.length <= 3) return !isSectorPhrase(name) && !/[的和与及]/.test(name) && !isCommonWord(name);
  return isLooseTradeName(name) || isLooseFirmName(name) || isPlaceTradeName(name) || isTradeNameWithModifier(name);
}

/** Legal forms no government body, park or product ends in. */
const FULL_LEGAL_FORM = /(?:有限公司|有限责任公司)$/;

/**
 * A name before a legal form: firm-shaped, or, before `有限公司` with a sure
 * left edge (`引进|广州康颐养老服务有限公司`, not `中国建筑第五|工程局有限公司`),
 * [place] + a business name; a central group's unit (`中国石化销售股份有限公司`).
 */
export function legalNameOk(name: string, suffix: string, clearLeft = true): boolean {
  if (name.length <= suffix.length + 1) return false;
  if (/银行$/.test(suffix)) return /银行$/.test(name) && (isCentralSoe(name) || isFirmShaped(name) || /农商银行|农村商业银行/.test(name) || isRegionalBank(name));
  if (isFirmShaped(name)) return true;
  if (!FULL_LEGAL_FORM.test(suffix)) return false;
  const base = name.slice(0, -suffix.length);
  return startsWithCentralSoe(base) || NUMBERED_BUREAU.test(base) || (clearLeft && hasBusinessName(base));
}

/** `中国水利水电第十四工程局`: a state builder's numbered bureau. */
const NUMBERED_BUREAU = /^中国[\u4e00-\u9fa5]{2,6}第[一二三四五六七八九十]{1,3}[\u4e00-\u9fa5]{0,4}局$/;

/**
 * `长安银行`, `齐鲁银行`, `徽商银行`: a regional bank named by one place word
 * (old names too, which the gazetteer does not know) or one rare word.
 */
function isRegionalBank(name: string): boolean {
  const tokens = segment(name.slice(0, -2));
  if (tokens.length !== 1 || tokens[0]!.word.length !== 2) return false;
  const { word, tag } = tokens[0]!;
  return tag === "ns" || (/^nz?$/.test(tag) && wordFrequency(word) < ORDINARY_FREQUENCY);
}

/** `中国电建贵阳…`, `大唐陕西发电`: a central SOE's name, or the two-character stem of its `XX集团`. */
function startsWithCentralSoe(base: string): boolean {
  for (let length = Math.min(base.length - 1, 8); length >= 4; length--) if (isCentralSoe(base.slice(0, length))) return true;
  return base.length > 2 && isCentralSoe(`${base.slice(0, 2)}集团`);
}

/**
 * Before `有限公司`: [place] + a name that is not only sector words
 * (`广州康颐养老服务`, `龙游通衢精密机械`; not `国有资本投资运营`).
 */
function hasBusinessName(base: string): boolean {
  const place = leadingPlaceLength(base);
  if (/[的和与及等或是]/.test(base.slice(place))) return false;
  if (businessNameAfter(base, place)) return true;
  // `云南泰和|新能源科技`: a trade name that is also a place's name follows the firm's own place
  const first = findPlaces(base)[0];
  return first !== undefined && first.start === 0 && first.end < place && businessNameAfter(base, first.end);
}

function businessNameAfter(base: string, place: number): boolean {
  // `县国有资本投资运营`: a level word is no place of its own
  const core = base.slice(place).replace(/^[县市区旗省]/, "");
  if (core.length < 2 || core.length > 14 || isPlaceName(core)) return false;
  // `弥勒市|城乡发展投资|集团有限公司`: a place's own investment or utility company, named by its trade
  if (isSectorPhrase(core)) return place > 0 && core.length >= 4;
  return place > 0 || hasNameToken(core);
}

export function propagatable(form: string): boolean {
  // `云南|泰和|新能源科技有限公司` leaves the sector `新能源` as its core: no name to find elsewhere
  if (form.length < 2 || isPlaceName(form) || isSectorPhrase(form)) return false;
  if (form.length === 2) return isTradeName(form);
  return true;
}

/** Length of a place name that ends right at `at` (`山西` before `建龙`). */
export function placeBefore(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - 8), at);
  const last = findPlaces(window).at(-1);
  if (!last || last.end !== window.length) return 0;
  // `比如|京澜新材料`: a county's short name that is an ordinary word (比如县) is the word
  const countyOnly = last.candidates.every((d) => d.level === "county");
  return countyOnly && isFrequentWordForm(last) ? 0 : last.end - last.start;
}

