/**
 * Slogan extractor
 * ================
 *
 * Policy slogans and formulas are almost always quoted (“六稳”, “1146”发展战略,
 * “四为四高两同步”). Every quoted phrase is a candidate; the words around it
 * decide: a head noun after it (战略, 工程, 改革 ...) or a policy verb before
 * it (落实, 坚持, 实施 ...) and numerals inside it speak for a slogan; award
 * verbs (荣获, 被评为 ...), title heads (称号, 品牌, 之乡 ...) and names of
 * places, firms or projects speak against. Chains such as “六稳”“六保”工作
 * share the head that follows the last quote.
 */
import type { Mention } from "../types.ts";
import { findPlaces, placeForms } from "../places.ts";
import { segment } from "../segment.ts";
import { sentenceAt } from "./sentence-index.ts";
import type { MentionExtractor, ReportContext } from "./types.ts";

const QUOTE_PAIRS: Record<string, string> = { "“": "”", "「": "」", "『": "』", '"': '"', "‘": "’" };
const QUOTE_OPENER = new RegExp(`[${Object.keys(QUOTE_PAIRS).join("")}]`);
const MAX_SLOGAN_LENGTH = 40;

/** Heads that turn a quoted phrase into a named policy (“1146”发展战略). */
const POLICY_HEADS = [
  "发展战略", "战略", "工程", "行动", "理念", "目标", "改革", "工作", "思路", "要求", "模式", "机制", "体系", "建设",
  "攻坚", "专项", "制度", "精神", "政策", "方针", "部署", "布局", "定位", "原则", "活动", "教育", "任务", "规划",
  "方略", "格局", "路径", "措施", "举措", "战役", "计划", "主题", "导向", "体制", "标准", "底线", "责任", "责任制",
  "关系", "总体思路", "主抓手", "抓手", "突破", "融合", "示范", "试点", "创建", "整治", "治理", "服务", "督办",
  "运行", "管理", "监测", "联动", "行动计划", "普法", "经费", "认证", "文章", "约束", "链条", "功能", "框架",
  "企业", "单位", "主题教育", "学习教育", "实践活动", "人才", "筛查", "现象", "问题", "供给",
];
/** Heads that show the quote names a title, brand, award or organisation. */
const NON_POLICY_HEADS = [
  "称号", "品牌", "之乡", "荣誉", "奖", "金奖", "银奖", "商标", "牌", "公司", "集团", "合作社", "景区",
  "杯", "节", "大赛", "号", "频道", "栏目", "App", "APP", "小程序", "公众号", "平台", "网站", "热线",
];
/** `“石柱红”辣椒品牌`: a product word before 品牌 makes a short quote a brand (not `塑造“游山西就是读历史”的静乐品牌`). */
const PRODUCT_BRAND_AFTER = /^[\u4e00-\u9fa5]{1,4}(?:品牌|商标)/;

function isProductBrand(content: string, after: string): boolean {
  return content.length <= 5 && !PARALLEL.test(content) && !after.startsWith("的") && PRODUCT_BRAND_AFTER.test(after);
}
/** Heads that end the name of a campaign or programme (“雄鹰行动”, “招商引资一号工程”). */
const CAMPAIGN_HEADS = ["行动", "工程", "战略", "计划", "行动计划", "专项行动", "经验", "模式"];
const NUMERAL_START = /^[0-9一二三四五六七八九十两双百千万]/;
const POLICY_VERBS = [
  "落实", "坚持", "实施", "推进", "深化", "开展", "围绕", "紧扣", "践行", "聚焦", "打好", "抓好", "做好", "巩固",
  "贯彻", "树立", "增强", "坚决做到", "做到", "推行", "推动", "构建", "打造", "强化", "完善", "创新", "弘扬",
  "发扬", "按照", "遵循", "实现", "突出", "抓实", "用好", "守住", "守牢", "严守", "实行", "启动", "持续", "过",
  "牢记", "秉持", "树牢", "倡导",
];
const AWARD_VERBS = ["荣获", "获评", "获得", "被评为", "评为", "成功创建", "创建为", "授予", "入选", "获批", "命名为", "被命名", "跻身", "荣膺", "摘得", "获"];
/** Quoted words that are figures of speech, not policy formulas. */
const RHETORIC = /^(牛鼻子|压舱石|加速度|最后一公里|钢铁长城|卡脖子|黑天鹅|灰犀牛|组合拳|领头羊|排头兵|主战场|生命线|金名片|新名片|名片|试金石|定盘星|先手棋|当头炮|硬骨头|绊脚石|拦路虎|娘家人|店小二|不打烊|全覆盖|零距离|一站式|新标杆|新速度|后半篇文章)$/;
/** `去年光是线上就卖了80多万盆`: a quoted remark (a finished action with 了), not a coinage; parallel clauses (`说了就算、定了就干`) are a formula. */
const REPORTED_SPEECH = /^[^、，,；;]{2,}了[^、，,；;]{2,}$/;
/**
 * `为养而种，草料有了保障，大家养牛的底气更足了`: clauses with a person, a place
 * pointer or 了 are somebody's words quoted, not a formula (`立说立行、真抓实干，干就干好` is).
 */
const QUOTED_REMARK_CLAUSE = /[，,]/;
const QUOTED_REMARK_WORD = /我|你|他|她|咱|大家|心里|才能|这里|那里|了|倍|%|哪|什么|怎么/;
/** `说到的能不能做到`: a quoted question. */
const QUESTION = /能不能|是不是|有没有|行不行|为什么|怎么样|吗$/;
/** Holidays quoted as dates (`‘五一’五天`). */
const HOLIDAY = /^(?:五一|十一|国庆|春节|元旦|清明|端午|中秋|双十一|双11|618)$/;
/** `90后`创业者: a generation, not a slogan. */
const GENERATION = /^[0-9零一二三四五六七八九]0后$/;
/** `横茉1号`, `英红九号`, `寿研808`: a crop variety or a model, named by its number. */
const VARIETY = /^[\u4e00-\u9fa5]{1,4}(?:[0-9]+号?|[一二三四五六七八九十]+号)$/;
/** A bank's loan product (`虾稻贷`, `惠农e贷`) is a product, not a slogan. */
const LOAN_PRODUCT = /贷$/;
const NUMERAL = /[0-9一二三四五六七八九十两双百千万]/;
/** Content that ends like an honorary title, an organisation or a site. */
const TITLE_LIKE_END = /(^中国[\u4e00-\u9fa5]{1,3}都|示范县|示范区|示范基地|示范市|示范村|示范镇|示范乡|模范县|先进县|先进市|百强县|百强|文明城市|卫生城市|园林城市|之乡|的故乡|之城|公司|集团|企业|合作社|学校|医院|景区|园区|工业园|[^一二三四五六七八九十两]榜|奖|庙|寺)$/;
/** Awards by rank (`最佳旅游乡村`, `最美乡村`). */
const TITLE_LIKE_START = /^(?:最佳|最美)/;
/** `“年产30万吨煤基可降解材料项目”`: a project's name in quotes (not `大抓项目、抓大项目`). */
const QUOTED_PROJECT = /^年产|^[^、，,+]{4,}(?<![一二三四五六七八九十百千个批大])项目$/;
const BUILDS_BEFORE = /(?:建设|打造|建成)$/;
/** `2021中国县域电商竞争力百强榜`: a ranking or award of a year. */
const YEAR_FIRST = /^(19|20)\d{2}(年|年度)?[\u4e00-\u9fa5]/;
/** “A”“B”等…企业 / 评选: quoted names in a list of firms, sites or titles. */
const NAME_LIST_AFTER = /^(?:[“"][^”"]{1,12}[”"])*等[^，,。；;]{0,8}(企业|公司|厂家|商家|品牌|厂区|厂房|园区|评选|评比|称号|荣誉)/;
const PARALLEL = /[、，,·+]/;
/** Before a quote: the quote is a figure of speech (当好“阅卷者”, 发展的“新引擎”). */
const METAPHOR_BEFORE = /(当好|成为|争当|争做|用在|守好|把好|筑牢|打造成|变成|化身|堪称|誉为|称为|号称|的)$/;
/** Quoted nouns for people, places and things of a metaphor (阅卷者, 受益人, 打卡地, 奋进曲). */
const NOUN_ROLE_END = /(者|人|器|地|曲|线|源|题|底|指数|家|嫂|婆|妇|食品|礼物|美食|力量|战士)$/;
const ORDINARY_WORD_TAGS = new Set(["n", "a", "s", "i", "nz", "nrt", "nr", "ns", "t", "v", "vn", "an", "ad", "d"]);

export const sloganExtractor: MentionExtractor = {
  type: "Slogan",
  extract(context: ReportContext): Mention[] {
    const text = context.draft.match;
    const subject = context.meta.subject;
    const home = subject ? placeForms(subject.name) : [];
    return findQuotes(text).flatMap((quote, k, all) => {
      const chainHead = headAfterChain(text, all, k);
      if (isHomeProduct(quote.content, home) || !isSlogan(text, quote, chainHead, chainStart(text, all, k))) return [];
      const full = chainHead ? `“${quote.content}”${chainHead}` : `“${quote.content}”`;
      return [
        {
          type: "Slogan" as const,
          name: quote.content,
          start: quote.start,
          end: quote.end,
          sentence: sentenceAt(context.sentences, quote.start),
          props: { full },
        },
      ];
    });
  },
};

export interface Quote {
  /** Offsets of the quoted content (without the quote marks). */
  start: number;
  end: number;
  content: string;
  /** Offsets including the quote marks. */
  outerStart: number;
  outerEnd: number;
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const openers = new RegExp(QUOTE_OPENER.source, "g");
  for (let next = 0; ; ) {
    openers.lastIndex = next;
    const opener = openers.exec(text);
    if (!opener) break;
    const i = opener.index;
    const open = opener[0];
    const close = QUOTE_PAIRS[open]!;
    next = i + 1;
    const end = closingQuote(text, close, i + 1);
    if (end < 0) continue;
    const content = text.slice(i + 1, end);
    if (/[\n。！？!?;；]/.test(content) || (close !== open && content.includes(open))) {
      // a quoted sentence ("企业的事就是我们的事。"): its closing straight quote opens nothing
      if (close === open && !content.includes("\n")) next = end + 1;
      continue;
    }
    quotes.push({ start: i + 1, end, content, outerStart: i, outerEnd: end + 1 });
    next = end + 1;
  }
  return quotes;
}

/**
 * The first `close` from `from` on, if the quoted text is short enough to be a
 * slogan; -1 otherwise. Looks no further than that: a quote left open in a
 * long report must not send every later quote mark on a search to its end.
 */
function closingQuote(text: string, close: string, from: number): number {
  const last = Math.min(text.length - 1, from + MAX_SLOGAN_LENGTH * 2);
  const code = close.charCodeAt(0);
  for (let j = from; j <= last; j++) if (text.charCodeAt(j) === code) return j;
  return -1;
}

/** The policy head after a quote, or after the chain of quotes it belongs to. */
function headAfterChain(text: string, quotes: Quote[], k: number): string | null {
  let last = k;
  while (quotes[last + 1] && isChained(text, quotes[last]!, quotes[last + 1]!)) last++;
  const after = text.slice(quotes[last]!.outerEnd, quotes[last]!.outerEnd + 10);
  return longestPrefix(after, POLICY_HEADS) ?? modifiedHead(after);
}

/** The first quote of the chain a quote belongs to (`实施“雄鹰行动”“凤凰行动”`: the verb governs both). */
function chainStart(text: string, quotes: Quote[], k: number): Quote {
  let first = k;
  while (first > 0 && isChained(text, quotes[first - 1]!, quotes[first]!)) first--;
  return quotes[first]!;
}

/** “六稳”“六保” or “四个意识”、“四个自信”: quotes that follow each other directly. */
function isChained(text: string, a: Quote, b: Quote): boolean {
  const between = text.slice(a.outerEnd, b.outerStart);
  return between === "" || between === "、" || between === "和" || between === "与" || between === "及";
}

/** `帮扶模式` after “组团式”: a two-character modifier, then a policy head. */
function modifiedHead(after: string): string | null {
  if (!/^[\u4e00-\u9fa5]{2}/.test(after) || longestPrefix(after, NON_POLICY_HEADS)) return null;
  const head = longestPrefix(after.slice(2), POLICY_HEADS);
  return head && ["模式", "机制", "体系", "制度", "战略", "工程", "行动", "改革", "理念", "布局", "目标"].includes(head) ? after.slice(0, 2) + head : null;
}

function longestPrefix(text: string, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const word of words) if (text.startsWith(word) && (!best || word.length > best.length)) best = word;
  return best;
}

function longestSuffix(text: string, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const word of words) if (text.endsWith(word) && (!best || word.length > best.length)) best = word;
  return best;
}

export function isSlogan(text: string, quote: Quote, chainHead: string | null, first: Quote = quote): boolean {
  const content = quote.content.trim();
  if (!plausibleContent(content)) return false;
  const before = text.slice(Math.max(0, quote.outerStart - 6), quote.outerStart);
  // `实施“雄鹰行动”“凤凰行动”`: the verb before a chain whose first quote is a slogan governs every quote
  const firstBefore = first === quote ? before : text.slice(Math.max(0, first.outerStart - 6), first.outerStart);
  const chainBefore = first === quote || !isSlogan(text, first, chainHead) ? before : firstBefore;
  const after = text.slice(quote.outerEnd, quote.outerEnd + 40);
  // `获评“A”“B”`: an award verb before a chain names titles, every one of them
  if (longestSuffix(before, AWARD_VERBS) || longestSuffix(firstBefore, AWARD_VERBS) || longestPrefix(after, NON_POLICY_HEADS) || isProductBrand(content, after)) return false;
  // `“五好园区”建设`: a numbered formula before a policy head, though it ends like a place
  const formula = chainHead !== null && NUMERAL_START.test(content);
  // `建设“最美冬奥城”`: a place's own aim after a verb of building, no award by rank
  const ranked = TITLE_LIKE_START.test(content) && !BUILDS_BEFORE.test(before);
  if ((TITLE_LIKE_END.test(content) && !formula) || ranked || YEAR_FIRST.test(content) || isPlaceName(content) || QUOTED_PROJECT.test(content)) return false;
  if (NAME_LIST_AFTER.test(after) || isQuotedVerb(content, before) || isContrastPair(text, quote)) return false;
  if (chainHead || NUMERAL.test(withoutPlaces(content)) || PARALLEL.test(content)) return true;
  // `凤凰行动`: a campaign named after a place-like word is still a campaign
  if (METAPHOR_BEFORE.test(before) || (containsPlace(content) && !longestSuffix(content, CAMPAIGN_HEADS))) return false;
  if (longestSuffix(before, POLICY_VERBS) || (chainBefore !== before && longestSuffix(chainBefore, POLICY_VERBS) && !isOrdinaryWord(content))) return true;
  return !isOrdinaryWord(content) && !NOUN_ROLE_END.test(content) && content.length <= 8;
}

/** `从“一片叶”到“一条链”`, `“卖原料”向“卖品牌”转变`: the two states of a change, not coinages. */
function isContrastPair(text: string, quote: Quote): boolean {
  // `向“冰雪运动+装备制造+文化旅游”`: a formula stays one, whatever it changes from
  if (quote.content.includes("+")) return false;
  const after = text.slice(quote.outerEnd, quote.outerEnd + 4);
  const before = text.slice(Math.max(0, quote.outerStart - 3), quote.outerStart);
  return CONTRAST_AFTER.test(after) || CONTRAST_BEFORE.test(before);
}

const CHANGE_WORDS = "到|向|变成|变为|转向|迈向";
const CONTRAST_AFTER = new RegExp(`^(?:${CHANGE_WORDS})[“‘"]`);
const CONTRAST_BEFORE = new RegExp(`[”’"](?:${CHANGE_WORDS})$`);

/**
 * `持续“浇灌”丝网企业`: a verb quoted on its own after an adverb is the
 * sentence's own verb, emphasised; after a verb it names a campaign (`巩固“创卫”成果`).
 */
function isQuotedVerb(content: string, before: string): boolean {
  const tokens = segment(content);
  if (tokens.length !== 1 || tokens[0]!.tag !== "v") return false;
  const last = segment(before).at(-1);
  return last !== undefined && (last.tag.startsWith("d") || ADVERB_BEFORE_VERB.test(last.word));
}

const ADVERB_BEFORE_VERB = /^(?:持续|不断|正在|在|也|都|还|又|更|再)$/;

/**
 * A dictionary word quoted on its own (“家底”, “防线”, “孵化器”) or an
 * adjective before a noun (“新引擎”, “好媳妇”) is emphasis, not a coinage.
 */
function isOrdinaryWord(content: string): boolean {
  const tokens = segment(content);
  if (tokens.length === 1) return ORDINARY_WORD_TAGS.has(tokens[0]!.tag);
  return tokens.length === 2 && tokens[0]!.tag === "a" && tokens[1]!.tag.startsWith("n");
}

function plausibleContent(content: string): boolean {
  // a lone character, digits too (`没有安全这个“1”,发展都是“0”`), is emphasis
  if (content.length < 2) return false;
  if (content.length > MAX_SLOGAN_LENGTH || RHETORIC.test(content) || REPORTED_SPEECH.test(content) || VARIETY.test(content) || HOLIDAY.test(content) || LOAN_PRODUCT.test(content) || GENERATION.test(content) || QUESTION.test(content)) return false;
  if (QUOTED_REMARK_CLAUSE.test(content) && QUOTED_REMARK_WORD.test(content)) return false;
  return !/^[《〈]/.test(content) && !/^[\p{P}\s]+$/u.test(content);
}

/** `五寨美食` -> `美食`: numerals inside place names do not make a formula. */
function withoutPlaces(content: string): string {
  let rest = content;
  for (const place of findPlaces(content).reverse()) rest = rest.slice(0, place.start) + rest.slice(place.end);
  return rest;
}


function isPlaceName(content: string): boolean {
  const places = findPlaces(content);
  return places.length === 1 && places[0]!.start === 0 && places[0]!.end === content.length;
}

/**
 * `互助青稞`, `互助八眉猪`: the report's own county and a product is a brand
 * (the short name of an autonomous county is a common word findPlaces leaves out).
 */
function isHomeProduct(content: string, home: readonly string[]): boolean {
  const place = home.find((form) => content.startsWith(form) && content.length > form.length);
  if (!place) return false;
  const rest = content.slice(place.length);
  // `静乐八景`: a numbered set of the place's sights or treasures
  if (COUNTED_SET.test(rest) || PLACE_MARKETING_END.test(rest) || longestSuffix(content, CAMPAIGN_HEADS)) return false;
  if (rest.length > 4) return false;
  const tokens = segment(rest);
  // `金寨|六安|瓜片`: a product may be named after a place of its own, first
  return tokens.length > 0 && tokens.every((t, i) => /^n[rz]?$/.test(t.tag) || t.tag === "x" || (i === 0 && t.tag === "ns" && tokens.length > 1));
}

const COUNTED_SET = /^[0-9一二三四五六七八九十两百千]+[\u4e00-\u9fa5]$/;
/** What a place's marketing slogan claims (`富平速度`, `长汀经验`), not what it sells. */
const PLACE_MARKETING_END = /(?:速度|效率|经验|模式|精神|力量|样板|品质|温度|标准|方案|故事|服务|智慧|担当|实践|路径|之路|名片)$/;

/**
 * Place brands and slogans of place marketing (闻喜力量, 五寨美食, 健康闻喜) start or
 * end with a place; one inside (`绿水青山就是|金山|银山`) is a word that looks like one.
 */
function containsPlace(content: string): boolean {
  return findPlaces(content).some((place) => place.start === 0 || place.end === content.length);
}
