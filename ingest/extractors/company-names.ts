/**
 * Company name shapes
 * ===================
 *
 * Tests on a candidate string, built on the segmenter's tokens and the
 * general dictionary's word frequencies:
 *  - a trade name is made of rare or unknown words or odd single-character
 *    splits (`春野`, `汇昆`, `新龙丰`), never of frequent words (`现代农业`);
 *  - a firm-shaped name is a trade name (after any place prefix) followed by
 *    an industry word or a legal form (`南京诚迈科技`, `协鑫能科公司`);
 *  - a firm hides at the front of a project name before a place, a capacity,
 *    its industry word or the activity (`国耀1×30兆瓦…`, `佳晟肉牛养殖`).
 */
import { WordTrie } from "./word-trie.ts";
import { CENTRAL_SOES, COMPANY_INDUSTRY_SUFFIXES, COMPANY_LEGAL_SUFFIXES, FOREIGN_COUNTRIES, OUTSIDE_MAINLAND } from "../data/lexicon.ts";
import { ACTIVITY_WORDS, FIRM_ACTIVITY_WORDS, GENERIC_MODIFIERS, NON_FIRM_ENDINGS, REGIONAL_GROUP_WORDS, WEAK_INDUSTRY_SUFFIXES } from "../data/company-words.ts";
import { getGazetteer } from "../gazetteer.ts";
import { findPlaces } from "../places.ts";
import { WordIndex } from "./company-word-index.ts";
import { segment, type Token } from "../segment.ts";
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "../data/surnames.ts";
import { isTwoWordPhrase, ORDINARY_FREQUENCY, wordFrequency } from "./company-vocabulary.ts";

const LEGAL = new WordIndex(COMPANY_LEGAL_SUFFIXES.filter((s) => s.length >= 2));
const INDUSTRY = new WordIndex(COMPANY_INDUSTRY_SUFFIXES);
const WEAK_SUFFIXES = new Set(WEAK_INDUSTRY_SUFFIXES);
const STRONG_SUFFIXES = new Set(COMPANY_INDUSTRY_SUFFIXES.filter((s) => !WEAK_SUFFIXES.has(s)));
const SECTOR_WORDS = new Set([...GENERIC_MODIFIERS, ...COMPANY_INDUSTRY_SUFFIXES, ...ACTIVITY_WORDS, ...FIRM_ACTIVITY_WORDS, "业", "类", "型", "化", "等", "及", "和", "与", "的"]);
const GENERIC = new Set(GENERIC_MODIFIERS);
const NON_FIRM = new WordIndex(NON_FIRM_ENDINGS);
const ACTIVITY = new WordIndex(ACTIVITY_WORDS);
const FIRM_ACTIVITY = new WordIndex(FIRM_ACTIVITY_WORDS);
const SOES = new Set(CENTRAL_SOES);
/** Last characters of village, landform and temple names, never of trade names in these reports. */
const PLACE_LIKE_END = /[村庄坪沟峪湾屯堡寨营店坡岭洼峁塬梁窑镇乡庙寺塔祠滩峰洞阁宫山河湖基关]$/;
/** Regions named by a province's one-character name and directions (`晋西北`, `晋东南`, `冀中`). */
const REGION = /^[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵黔云滇陕秦甘陇青蒙桂宁新藏]?[东西南北中]{1,2}(?:部|区)?$/;
/** Single characters that end facility names (`兴闻西街`, `老旧小区`): not before a firm's product. */
const FACILITY_TOKEN_END = /(?:[街路道桥线区村镇乡园场馆站港湾巷院校口]|高速|管网|管道|设施)$/;
const NAME_TAGS = new Set(["x", "nr", "nrt", "nrfg", "nz", "ns", "nt", "eng"]);
const FUNCTION_TAGS = new Set(["p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "d", "r", "m", "q", "y", "e", "o", "t"]);
/** Dictionary words rarer than this are name material (`洁柔`, `国强`). */
const RARE_FREQUENCY = 10;
const CAPACITY = /^(?:[0-9]|[一二三四五六七八九十两百千]+(?:万|千|亿)|年产|年出栏|年存栏|年处理|年加工|年屠宰|年销售|日处理|日产)/;
const NUMERAL_START = /^[一二三四五六七八九十两百千万亿]/;
/** Counts and ordinals (`二期`, `三家`, `十大`, `第一`), never trade names. */
const NUMERAL_PHRASE = /^(?:[一二三四五六七八九十两百千万亿]+|第.)(?:期|家|个|大|项|批|类|种|是|届|次|年|条|级|号|区|县|镇|村|所|户)?$/;

/** `福建能源集团`, `广东省交通集团`: the state groups of a province or city are named by their sector. */
const GROUP_FORM = /集团/;

const REGIONAL_GROUP_WORD_TRIE = WordTrie.forward(REGIONAL_GROUP_WORDS);

/** `交通`, `建设投资`, `交通建设投资`: one to three sector words. */
function isRegionalGroupSector(rest: string): boolean {
  let at = 0;
  for (let words = 0; words < 3 && at < rest.length; words++) {
    const length = REGIONAL_GROUP_WORD_TRIE.longestAt(rest, at);
    if (length === 0) return false;
    at += length;
  }
  return rest.length > 0 && at === rest.length;
}

function isProvinceOrCity(place: string): boolean {
  if (place === "") return false;
  const found = findPlaces(place);
  return found.length === 1 && found[0]!.end === place.length && found[0]!.candidates.some((d) => d.level === "province" || d.level === "city");
}

export function legalSuffixOf(name: string): string | null {
  return LEGAL.endOf(name);
}

export function industrySuffixAt(text: string, at: number): string | null {
  return INDUSTRY.startingAt(text, at);
}

/** True for a word of the industry list that is not a weak one (`煤业`, `科技`; not `农业`). */
export function isStrongIndustryWord(word: string): boolean {
  return STRONG_SUFFIXES.has(word);
}

export function isWeakSuffix(suffix: string): boolean {
  return WEAK_SUFFIXES.has(suffix);
}

export function endsWithIndustrySuffix(name: string): string | null {
  return INDUSTRY.endOf(name);
}

/** The facility / institution / class head a string ends in, if any (`广场`, `中学`, `企业`). */
export function nonFirmEnding(name: string, { strictOnly = false } = {}): string | null {
  if (legalSuffixOf(name)) return null;
  const found = NON_FIRM.endOf(name);
  if (found && strictOnly && found.length === 1 && !/[村镇乡县市省区]/.test(found)) return null;
  return found;
}

export function endsWithActivity(name: string): boolean {
  return ACTIVITY.endOf(name, 0) !== null;
}

function endsWithFirmActivity(name: string): boolean {
  return FIRM_ACTIVITY.endOf(name, 0) !== null;
}

const CACHE_LIMIT = 8192;
const tokenCache = new Map<string, Token[]>();
const placeCache = new Map<string, number>();

function remember<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = compute(key);
    cache.set(key, value);
  }
  return value;
}

/** Tokens of a short phrase (items and name parts recur across a report), cached. */
export function phraseTokens(text: string): Token[] {
  return remember(tokenCache, text, segment);
}

/** Gazetteer forms by their first two UTF-16 units (every form `findPlaces` reports has two or more). */
let placeForms: Map<number, Map<number, string[]>> | undefined;

function formsByPrefix(): Map<number, Map<number, string[]>> {
  if (placeForms) return placeForms;
  placeForms = new Map();
  const gazetteer = getGazetteer();
  for (const form of gazetteer.forms()) {
    // a short form `findPlaces` does not report alone is one it never reports (an ordinary word: `建设`, `发展`)
    if (form.length < 2 || (form.length === 2 && !gazetteer.isFullName(form) && findPlaces(form).length === 0)) continue;
    let second = placeForms.get(form.charCodeAt(0));
    if (!second) placeForms.set(form.charCodeAt(0), (second = new Map()));
    const list = second.get(form.charCodeAt(1)) ?? [];
    list.push(form);
    second.set(form.charCodeAt(1), list);
  }
  return placeForms;
}

/** The first two characters of the string begin some place name. */
function mayStartWithPlace(name: string): boolean {
  return formsByPrefix().get(name.charCodeAt(0))?.has(name.charCodeAt(1)) ?? false;
}

/** Some place name `findPlaces` can report occurs in the text (it may still find none there). */
function mayHoldPlace(text: string): boolean {
  const forms = formsByPrefix();
  for (let at = 0; at + 1 < text.length; at++) {
    const candidates = forms.get(text.charCodeAt(at))?.get(text.charCodeAt(at + 1));
    if (candidates?.some((form) => text.startsWith(form, at))) return true;
  }
  return false;
}

const FOREIGN_COUNTRY_START = new RegExp(`^(?:${[...FOREIGN_COUNTRIES, ...OUTSIDE_MAINLAND].sort((a, b) => b.length - a.length).join("|")})`);

/** Length of the administrative place names the string starts with (`山西`, `运城市盐湖区`), or of a foreign country (`新加坡`). */
export function leadingPlaceLength(name: string): number {
  const country = FOREIGN_COUNTRY_START.exec(name);
  if (country) return country[0].length;
  if (!mayStartWithPlace(name)) return 0;
  return remember(placeCache, name, (text) => {
    let length = 0;
    for (const place of findPlaces(text)) {
      if (place.start !== length) break;
      length = place.end;
    }
    return length;
  });
}

export function isPlaceName(name: string): boolean {
  const length = leadingPlaceLength(name);
  return length > 0 && (length === name.length || /^[省市县区镇乡村]$/.test(name.slice(length)));
}

export function isCentralSoe(name: string): boolean {
  return SOES.has(name);
}

const PERSON_TAGS = new Set(["nr", "nrfg"]);

/** Characters that spell foreign names (星巴克, 格兰特): such words are names without a Chinese surname. */
const TRANSLITERATION = /[克巴尔斯特兰格德福伊维纳亚拉罗莫布卡沃芬丹埃奥艾夫基诺科洛萨塔西里曼米汉森登顿逊蒙索]/;

/**
 * `小龙虾/nr`: a dictionary word the segmenter calls a person's name, though
 * neither a Chinese surname nor a foreign spelling makes it one, is a common noun.
 */
function isMistaggedPersonName(token: Token): boolean {
  const word = token.word;
  if (!PERSON_TAGS.has(token.tag) || word.length !== 3 || TRANSLITERATION.test(word)) return false;
  return !SINGLE_SURNAMES.has(word[0]!) && !COMPOUND_SURNAMES.some((surname) => word.startsWith(surname));
}

function isNameToken(token: Token): boolean {
  if (isFunctionToken(token) || (token.word.length >= 2 && SECTOR_WORDS.has(token.word))) return false;
  if (token.word.length === 1) return true;
  const frequency = wordFrequency(token.word);
  if (frequency >= ORDINARY_FREQUENCY) return false;
  // not in the general dictionary: an unknown word the segmenter guessed (`x`), or one of our
  // user-dictionary words (suffixes, heads, place names) that only count when they are names
  if (frequency === 0) return token.tag === "x" || token.tag === "ns" || token.tag === "nr" || token.tag === "nrt";
  // a long dictionary compound (`生物医药`, `锂离子`, tagged nz or not) is a term, however rare
  if (token.word.length >= 3) return token.tag !== "nz" && NAME_TAGS.has(token.tag) && !isTwoWordPhrase(token.word) && !isMistaggedPersonName(token);
  // rare words of state, distinction or level (`紧盯`, `既要`, `镇级`) describe, they do not name
  if (NON_NAME_RARE_TAGS.has(token.tag) || LEVEL_WORD.test(token.word)) return false;
  return NAME_TAGS.has(token.tag) || frequency < RARE_FREQUENCY;
}

const NON_NAME_RARE_TAGS = new Set(["z", "b", "d"]);
const LEVEL_WORD = /^[省市县区镇乡村组]级$/;

function isFunctionToken(token: Token): boolean {
  return FUNCTION_TAGS.has(token.tag) && !(token.tag === "m" && token.word.length === 1 && !/[0-9一二三四五六七八九十两百千万亿]/.test(token.word));
}

/** Every word is a sector / modifier / activity word: `农产品加工`, `冷链物流`, `钢铁`. */
export function isSectorPhrase(name: string, tokens: readonly Token[] = phraseTokens(name)): boolean {
  if (SECTOR_WORDS.has(name)) return true;
  return tokens.length > 0 && tokens.every((t) => SECTOR_WORDS.has(t.word));
}

/** `这条`, `该企业`, `每家`, `更多央企`: a pointer at firms named elsewhere; `项目(公司)` names none. */
const POINTER = /^(?:这|该|此|每|各|某|更多|多家|一批|其他|其它)|^那[个条家座些]|^项目$/;

/** Development zones and parks (`荣昌高新区`, `经开区`): places where firms are, not firms. */
const ZONE = /(?:高新区|开发区|经开区|园区|新区|工业区|示范区|保税区|自贸区)$/;

function basicallyNameless(name: string): boolean {
  return name.length < 2 || POINTER.test(name) || ZONE.test(name) || /[0-9A-Za-z]/.test(name) || /[化性]$/.test(name) || NUMERAL_PHRASE.test(name) || PLACE_LIKE_END.test(name) || REGION.test(name) || isPlaceName(name);
}

/** A trade name of rare, unknown or proper-name words only (`春野`, `三峡`, `中顺洁柔`, `新龙丰`). */
export function isTradeName(name: string, tokens: readonly Token[] = phraseTokens(name)): boolean {
  if (basicallyNameless(name) || name.length > 6 || isSectorPhrase(name, tokens)) return false;
  if (tokens[0] && tokens[0].tag.startsWith("v") && tokens[0].word.length >= 2) return false;
  return tokens.every(isNameToken);
}

/**
 * A looser trade name: no function word, not a sector phrase, at most one
 * frequent word (`宏伟`, `新联盟`, `黑麦`), for contexts that already say "firm".
 */
export function isLooseTradeName(name: string, tokens: readonly Token[] = phraseTokens(name)): boolean {
  if (basicallyNameless(name) || name.length > 8 || isSectorPhrase(name, tokens)) return false;
  if (tokens.some(isFunctionToken)) return false;
  const common = tokens.filter((t) => !isNameToken(t));
  return common.length === 0 || (common.length === 1 && (/^(?:n|nz|ns|nr|a|an|j)$/.test(common[0]!.tag) || (common[0]!.tag === "s" && !NUMERAL_START.test(common[0]!.word))) && !SECTOR_WORDS.has(common[0]!.word));
}

/** One frequent dictionary word that is no proper name (`酿酒`, `汽车`, `理想`): no firm even in a firm list. */
export function isCommonWord(name: string): boolean {
  const tokens = phraseTokens(name);
  return tokens.length === 1 && wordFrequency(name) >= ORDINARY_FREQUENCY && !NAME_TAGS.has(tokens[0]!.tag);
}

/** `葡萄`, `汽车`: one frequent dictionary noun. */
export function isCommonNoun(name: string): boolean {
  const tokens = phraseTokens(name);
  return tokens.length === 1 && tokens[0]!.tag === "n" && wordFrequency(name) >= ORDINARY_FREQUENCY;
}

/** At least one word of the name is name material (rare, unknown, a proper name or a lone character). */
export function hasNameToken(name: string): boolean {
  return phraseTokens(name).some(isNameToken);
}

/**
 * A firm name: a central SOE, `中国X`, or [place] + core + industry word /
 * legal form, where the core is a trade name (strict for weak industry words).
 */
export function isFirmShaped(name: string): boolean {
  if (isCentralSoe(name)) return true;
  if (/[0-9]/.test(name)) return false;
  const legal = legalSuffixOf(name);
  const base = legal ? name.slice(0, -legal.length) : name;
  if (isCentralSoe(base)) return true;
  const place = leadingPlaceLength(base);
  const rest = base.slice(place);
  if (place > 0 && place <= 3 && (rest === "" || STRONG_SUFFIXES.has(rest))) return rest !== "" || legal !== null;
  if (legal !== null && GROUP_FORM.test(legal) && isRegionalGroupSector(rest) && isProvinceOrCity(base.slice(0, place))) return true;
  if (rest.length < 2) return false;
  if (/^中国.{2,4}$/.test(rest) && !isSectorPhrase(rest.slice(2))) return legal !== null || endsWithIndustrySuffix(rest) !== null;
  for (const suffix of INDUSTRY.endsOf(rest, 2)) {
    const core = rest.slice(0, -suffix.length);
    if (isTradeName(core) || (legal !== null && isLooseTradeName(core))) return true;
  }
  return legal !== null && (isLooseTradeName(rest) || hasTradePrefix(rest));
}

/**
 * A firm name in a context that already says "firm" (a firm list, `以X为龙头`):
 * a firm-shaped name, or [place] + a loose trade name + an industry word
 * (`大象农牧`, `银光镁业`).
 */
export function isLooseFirmName(name: string): boolean {
  if (isFirmShaped(name)) return true;
  const suffix = endsWithIndustrySuffix(name);
  if (!suffix) return false;
  const core = name.slice(leadingPlaceLength(name), -suffix.length);
  if (core.length < 2) return false;
  if (isLooseTradeName(core) || isLooseTradeName(withoutTrailingModifiers(core))) return true;
  // `金岭|茶业`: a two-character trade name that ends like a landform, before a strong industry word
  return core.length === 2 && STRONG_SUFFIXES.has(suffix) && PLACE_LIKE_END.test(core) && !isPlaceName(core) && hasNameToken(core);
}

/** `益民|生态`: a trade name and a generic modifier, for contexts that already say "firm". */
export function isTradeNameWithModifier(name: string): boolean {
  const core = withoutTrailingModifiers(name);
  return core.length >= 2 && name.length <= 6 && isLooseTradeName(core);
}

/** `北宸|清洁` (+ 能源), `恒晟|智能` (+ 家居): a trade name before generic modifiers of its industry word. */
function withoutTrailingModifiers(core: string): string {
  const tokens = phraseTokens(core);
  let end = tokens.length;
  while (end > 1 && GENERIC.has(tokens[end - 1]!.word) && tokens[end - 1]!.word.length >= 2) end--;
  return end === tokens.length ? "" : core.slice(0, tokens[end - 1]!.end);
}

/**
 * A trade name taken from a place or landmark (`龙泉|煤化|气`, `太行|水泥`): a
 * leading place word and at most two more words, none of them a function word
 * or an activity. Only for contexts that already say "firm".
 */
export function isPlaceTradeName(name: string): boolean {
  const tokens = phraseTokens(name);
  if (tokens.length < 2 || tokens.length > 3 || tokens[0]!.tag !== "ns" || endsWithActivity(name)) return false;
  return !tokens.some(isFunctionToken) && !isSectorPhrase(name, tokens);
}

/** Characters that never belong to a trade name, even inside a run of single characters. */
const NEVER_IN_NAME = /^[的了等及与或在是对把被将为从向由]$/;

/**
 * `通和顺|奶牛饲养` (+ 公司): a legal name's business part is ordinary words,
 * but it starts with a trade name of at least two characters: rare or unknown
 * words, or a run of single characters the segmenter could not join.
 */
function hasTradePrefix(core: string): boolean {
  const tokens = phraseTokens(core);
  let end = 0;
  let k = 0;
  for (; k < tokens.length; k++) {
    const token = tokens[k]!;
    const single = token.word.length === 1 && !NEVER_IN_NAME.test(token.word);
    const inRun = single && ((tokens[k + 1]?.word.length ?? 0) === 1 || (tokens[k - 1]?.word.length ?? 0) === 1);
    if (!(inRun || (!single && isNameToken(token)))) break;
    end = token.end;
  }
  if (end < 2 || end > 4) return false;
  return tokens.slice(k).every((t) => !isFunctionToken(t) && t.word.length >= 2);
}

/**
 * A bare trade name as a list item (`海丰`, `新龙丰`, `中顺洁柔`): no head or
 * activity word, rare words only, at most `maxLength` characters.
 */
export function isBareName(name: string, maxLength: number): boolean {
  if (name.length > maxLength || nonFirmEnding(name) || endsWithActivity(name)) return false;
  return isTradeName(name);
}

/** The checks of `isBareName` that need no segmenting: when false, so is `isBareName`. */
export function mayBeBareName(name: string, maxLength: number): boolean {
  return name.length <= maxLength && !nonFirmEnding(name) && !endsWithActivity(name) && !basicallyNameless(name);
}

/** Characters of facility and place names: a bare item holding one is no firm (`槐东路北延`). */
const FACILITY_CHAR = /[路街道桥城园区站场馆港湾村镇乡县市省庄坪沟河山湖寺庙楼院校宫所厂]/;

/**
 * A bare trade name standing for its project (`安瑞、玉龙格兰特等6个项目`,
 * `引进红星美凯龙项目`): a trade name of at most five characters with no
 * facility or place character in it.
 */
export function isBareProjectFirm(name: string): boolean {
  if (name.length > 5 || FACILITY_CHAR.test(name) || !isBareName(name, 5)) return false;
  // a longer item must not hold a common noun (`兴茂|柠条` is a firm's product)
  return name.length <= 3 || phraseTokens(name).every((t) => t.word.length === 1 || !/^(?:n|vn|v)$/.test(t.tag) || wordFrequency(t.word) === 0);
}

/** The checks of `isBareProjectFirm` that need no segmenting: when false, so is `isBareProjectFirm`. */
export function mayBeBareProjectFirm(name: string): boolean {
  return name.length <= 5 && !FACILITY_CHAR.test(name) && mayBeBareName(name, 5);
}

/**
 * The distinctive part of a firm name: without leading places and without a
 * legal or industry suffix (`山西建龙实业有限公司` -> `建龙`).
 */
export function tradeCore(name: string): string {
  let core = name;
  const legal = legalSuffixOf(core);
  if (legal) core = core.slice(0, -legal.length);
  const place = leadingPlaceLength(core);
  if (place > 0 && core.length - place >= 2) {
    // `云南|泰和|新能源科技`: the last of several places is the trade name when only a sector follows it
    const lastPlace = findPlaces(core.slice(0, place)).at(-1);
    const rest = core.slice(place);
    core = lastPlace && lastPlace.start > 0 && isSectorPhrase(withoutIndustrySuffix(rest)) ? core.slice(lastPlace.start) : rest;
  }
  return withoutIndustrySuffix(core);
}

function withoutIndustrySuffix(text: string): string {
  const industry = endsWithIndustrySuffix(text);
  return industry && text.length - industry.length >= 2 ? text.slice(0, -industry.length) : text;
}

/**
 * The firm named at the front of a project name, as [start, end) within it:
 * a trade name ending in its industry word (`同德化工多晶硅`), before a place
 * (`中国中药山西五寨产业园`), before a capacity (`国耀1×30兆瓦…`), or before
 * the activity (`佳晟肉牛养殖`, `上海农乐有机肥生产`).
 */
export function firmInProjectName(name: string, home: ReadonlySet<string> = new Set(), productsAllowed = false): [number, number] | null {
  const place = leadingPlaceLength(name);
  const rest = name.slice(place);
  if (place > 0) {
    const named = placeAsTradeName(rest);
    if (named) return [0, place + named];
  }
  if (rest.length < 3) return null;
  const bySuffix = bySuffixBoundary(rest);
  if (bySuffix) return [0, place + bySuffix];
  const byPlace = byPlaceBoundary(rest, home);
  if (byPlace) return [place, place + byPlace];
  const byCapacity = byCapacityBoundary(rest);
  if (byCapacity) return [0, place + byCapacity];
  const byActivity = byActivityBoundary(rest, productsAllowed && !nonFirmEnding(name));
  if (byActivity) return [0, place + byActivity];
  return null;
}

const CAPACITY_ANYWHERE = new RegExp(CAPACITY.source.replace(/^\^/, ""));

/**
 * What `firmInProjectName` (without products) needs, tested without
 * segmenting on a text that holds the project name and ends where it ends:
 * an industry word or legal form, a place, a capacity after a core of two
 * characters or more, or a firm's activity at the end. When false, it finds
 * no firm in any name the text ends with.
 */
export function mayHoldFirmInProjectName(text: string): boolean {
  return INDUSTRY.occursIn(text) || LEGAL.occursIn(text) || CAPACITY_ANYWHERE.test(text.slice(2)) || endsWithFirmActivity(text) || mayHoldPlace(text);
}

/** `同德化工|多晶硅`: the industry word must end on a word boundary (`北环商业圈` is no firm). */
/**
 * A firm-shaped front of a longer item, ending in its industry word on a word
 * boundary (`盐海科技|无水硫化钠`, `干宏机械|生产线自动化改造`), as [0, end).
 */
export function firmShapedFront(name: string): number | null {
  const place = leadingPlaceLength(name);
  const rest = name.slice(place);
  if (place > 0) {
    const named = placeAsTradeName(rest);
    if (named) return place + named;
  }
  const end = rest.length >= 3 ? bySuffixBoundary(rest) : null;
  return end === null ? null : place + end;
}

function bySuffixBoundary(rest: string): number | null {
  let tokens: Token[] | null = null;
  for (let at = 2; at <= 5 && at < rest.length; at++) {
    const suffix = INDUSTRY.startingAt(rest, at) ?? LEGAL.startingAt(rest, at);
    if (!suffix) continue;
    tokens ??= phraseTokens(rest);
    const end = at + suffix.length;
    if (!tokens.some((t) => t.end === end) || tokens.some((t) => t.start === end && t.word.length === 1)) continue;
    const core = rest.slice(0, at);
    const placed = followedByPlaceOrCapacity(rest, at + suffix.length);
    if (!isTradeName(core) && !(isLooseTradeName(core) && placed)) continue;
    // `巨龙|智能风机`, `正威|新材料产业园`: a weak industry word before a product noun belongs to the
    // product; before an activity it is the firm's own (`凌志环保|污水处理`)
    const remainder = rest.slice(at + suffix.length);
    const productFollows = WEAK_SUFFIXES.has(suffix) && !placed && remainder !== "" && !endsWithActivity(remainder) && !endsWithFirmActivity(remainder);
    return productFollows ? at : at + suffix.length;
  }
  return null;
}

/** `同德|化工|多晶硅`, `金山|实业|年产…`: a place name used as the trade name, then a strong industry word. */
function placeAsTradeName(rest: string): number | null {
  const found = INDUSTRY.startingAt(rest, 0);
  const suffix = found && STRONG_SUFFIXES.has(found) ? found : null;
  if (!suffix || rest.length === suffix.length) return suffix ? suffix.length : null;
  const next = phraseTokens(rest).find((t) => t.start === suffix.length);
  return next && next.word.length >= 2 ? suffix.length : null;
}

function followedByPlaceOrCapacity(rest: string, at: number): boolean {
  const after = rest.slice(at);
  return CAPACITY.test(after) || findPlaces(after)[0]?.start === 0;
}

/**
 * `中国中药|山西五寨|产业园`: a firm before a place. Only places a report names
 * that way count: full names, provinces and cities, and the report's own
 * places (short county names are too often parts of words: `席张乡王|马村`).
 */
function byPlaceBoundary(rest: string, home: ReadonlySet<string>): number | null {
  const place = findPlaces(rest).find((p) => p.start >= 2 && p.start <= 6 && rest.length - p.end >= 2);
  if (!place) return null;
  if (!place.isFullName && !home.has(place.form) && !place.candidates.some((d) => d.level === "province" || d.level === "city")) return null;
  const core = rest.slice(0, place.start);
  // `岷江|彭山|大桥`: a river or mountain before a place names a bridge or a road, not its builder
  if (/[乡镇村]/.test(core) || /[江河湖海山]$/.test(core)) return null;
  if (/^中国.{2,4}$/.test(core) && !GENERIC.has(core.slice(2))) return place.start;
  return isTradeName(core) || isFirmShaped(core) ? place.start : null;
}

function byCapacityBoundary(rest: string): number | null {
  for (let at = 2; at <= 6 && at < rest.length; at++) {
    if (!CAPACITY.test(rest.slice(at))) continue;
    const core = rest.slice(0, at);
    return isTradeName(core) || isFirmShaped(core) ? at : null;
  }
  return null;
}

/**
 * Up to four characters of name tokens, then ordinary words that end in a
 * firm's activity (`佳晟|肉牛养殖`), or, where the context allows it, that
 * name a product (`巨龙|智能风机`); no facility word in them.
 */
function byActivityBoundary(rest: string, productsAllowed = false): number | null {
  const activity = endsWithFirmActivity(rest);
  const tokens = phraseTokens(rest);
  let k = 0;
  while (k < tokens.length && tokens[k]!.end <= 4 && isNameToken(tokens[k]!) && !(k > 0 && wordFrequency(tokens[k]!.word) > 0 && tokens[k]!.word.length >= 2)) k++;
  if (k === 0 || k === tokens.length) return null;
  const end = tokens[k - 1]!.end;
  const core = rest.slice(0, end);
  if (end < 2 || !isTradeName(core)) return null;
  const remainder = tokens.slice(k);
  if (remainder.some((t) => FACILITY_TOKEN_END.test(t.word))) return null;
  if (activity) return remainder.some((t) => t.word.length >= 2 && wordFrequency(t.word) > 0) ? end : null;
  if (!productsAllowed) return null;
  // no activity: a trade name before a product made of dictionary words (`巨龙|智能风机`)
  const productTail = remainder.every((t) => t.word.length >= 2 && (wordFrequency(t.word) > 0 || SECTOR_WORDS.has(t.word)));
  return productTail ? end : null;
}

