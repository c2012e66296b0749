/**
 * Project clauses
 * ===============
 *
 * Reads one clause as PREFIX ITEMS [等 COUNT HEAD] PREDICATE:
 *   `加快 | 总投资6.5亿元的 | 牧原肉联厂 | 建设`
 *   `实施 | 涑水河闻喜段、沙渠河孙村至吕庄水库段 | 等河道治理工程`
 *   `北区一路、高速互通道扩宽改造 | 等17个项目 | 全面竣工`
 * and reports the items with the evidence the frame gives them: a verb that
 * introduces projects, a construction predicate after them, a list head that
 * says what they are, an investment amount before them. A one-character
 * word (再, 以, 和) counts only where the segmenter puts a word edge, so
 * `再生铅` keeps `再`; the segmenter runs on a few characters around it, not
 * on the clause (clauses are read by word lists and patterns, which is cheap).
 */
import {
  NON_PROJECT_LIST_HEADS,
  PROJECT_ACTION_HEADS,
  PROJECT_LIST_HEADS,
  PROJECT_ADVERBS,
  PROJECT_CLAUSE_START_VERBS,
  PROJECT_NOUN_HEADS,
  PROJECT_PREDICATES,
  PROJECT_TRIGGERS,
} from "../data/project-words.ts";
import { endingKind } from "./project-item.ts";
import { alternation, topLevelMask, topLevelPositions, wordEdges } from "./project-text.ts";
import { WordTrie } from "./word-trie.ts";


export interface ClauseItem {
  /** Offsets in the clause string (end exclusive). */
  from: number;
  to: number;
  /** Amount stated right before this item (`总投资3亿元的<item>`). */
  investment: string | null;
  /** Described before 的 by its rank in a region (`中部地区重要的`, `全国一流的`): a role aimed at. */
  ranked: boolean;
}

export type ListKind = "project" | "other" | null;

export interface ClauseFrame {
  items: ClauseItem[];
  /** A verb before the items that introduces projects: 1 (实施, 加快推进) or 2 for a build verb (新建, 开工建设). */
  trigger: number;
  /** A predicate after the items: 1 (建设, 进展顺利) or 2 for a completed build (建成投产, 投入使用). */
  predicate: number;
  /** What the head after 等 (or a count) says the items are. */
  listKind: ListKind;
  /** That head without count and without 项目/工程 (河道治理), shared by head-less items. */
  listHead: string;
  /** Amount of a `总投资X亿元的` before the first item, as written. */
  investment: string | null;
  /** The clause counts its object (新开工项目121个): the items are classes. */
  counted: boolean;
  /** The verbs seen before the items (打造 makes 中心 / 基地 a goal, not a build). */
  verbs: string[];
}

const INVESTMENT = /^(?:项目)?(?:总投资|计划投资|概算投资|投资总额|总投资额|投资|计划投入|投入)(?:约|达|超|近|超过)?(\d+(?:\.\d+)?(?:余|多)?(?:亿|万|千万)?元)(?:以上|左右)?(的)?/;
/** Not a rate per unit (`亩均投资350万元`, `人均投资`). */
const INVESTMENT_INSIDE = new RegExp(`(?<![均])${INVESTMENT.source.slice(1)}`);
/** `浩明焦化集团有限公司57.54亿元技改项目`: an amount written inside the name is its investment. */
const AMOUNT_IN_NAME = /[^\d.](\d+(?:\.\d+)?(?:余|多)?(?:亿|万|千万)元)(?=[\u4e00-\u9fa5]{0,8}(?:项目|工程)$)/;
const LOCATIVE = new RegExp(`^(?:在|从|对|于)[^，,]{1,24}?(?=${alternation([...PROJECT_TRIGGERS, ...PROJECT_CLAUSE_START_VERBS])})`);
/** Time before the verb: 8月份建成, 年底前完成, 2021年启动. */
/** A stated length before a name: 总长度1000公里的, 全长12.5公里. */
const LENGTH = /^(?:总长度|总长|全长|长度)(?:约|达|近|超过?)?\d+(?:\.\d+)?(?:余|多)?(?:公里|千米|米)(?:的)?/;
const WHEN = /^(?:(?:19|20)\d{2}年(?:底|内|初)?|\d{1,2}月(?:份|底|初|中旬|上旬|下旬)?|年底|年初|年中|上半年|下半年)(?:前|内|以前)?/;
/** Praise before a name: 世界500强, 全国首家, 国内最大的. */
const PRAISE = /^(?:世界|中国|全国|全省|国内|省内)(?:\d+强|一流|领先|首家|首个|最大的?|最先进的?)/;
/** Outline numbering at the start of a clause: (二), 三是, 1., ②. */
const NUMBERING = /^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.是]|\d+[.、](?!\d)|[①-⑳⑴-⒇❶-❿])/;
/** Verbs and predicates that speak of building itself, not of work on it. */
const BUILD_VERB = /^(?:新建|扩建|改扩建|迁建|续建|改建|兴建|修建|建成|建设|开工建设|启动建设|建好|开工|加快建设|规划建设|筹建|援建|新开工)/;
const COMPLETED_BUILD = /^(?:建成|投入|投用|投运|竣工|开工|全线通车|通车|投产|达产|开园|开业|封顶|完工|并网|落地|试运行|交付|全面建成|基本建成|相继建成|正式运营|按期投产|年内按期投产|实现投产|实现开工|如期|全部建成|主体|全线贯通|贯通|完成主体|结顶)/;
const TRIGGERS = WordTrie.forward(PROJECT_TRIGGERS);
const TRIGGER_SET = new Set(PROJECT_TRIGGERS);
const START_VERB_SET = new Set(PROJECT_CLAUSE_START_VERBS);
/** The words skipped at the start of a clause: adverbs, triggers and clause-start verbs. */
const PREFIX_WORDS = WordTrie.forward([...PROJECT_ADVERBS, ...PROJECT_TRIGGERS, ...PROJECT_CLAUSE_START_VERBS]);
const PREDICATES = WordTrie.backward(PROJECT_PREDICATES);
/** Adverbs and work nouns after a project, stripped without counting as evidence (…迁建工作, …进度). */
const ADVERBS_AT_END = WordTrie.backward([
  "顺利", "加快", "全面", "正式", "有序", "扎实", "稳步", "加速", "积极", "全力", "已经", "相继", "先后", "陆续", "全部", "基本",
  "快速", "尽快", "早日", "工作", "任务", "进度", "步伐", "力度", "即将", "正在", "现已", "已", "也", "均", "都", "还", "并",
  "目前", "春季", "秋季", "年内", "年底前", "如期", "按期", "按时", "提前", "去年底", "去年", "今年", "年底", "上半年",
  "下半年", "月底", "近日", "日前",
]);
/** `…工程完成投资4.2亿元`: the amount spent so far, after the project. */
const AMOUNT_SPENT_AT_END = /(?:累计|已|计划)?(?:完成投资|完成投资额|投资|总投资)(?:约|达|超|近)?\d+(?:\.\d+)?(?:余|多)?(?:亿|万|千万)?元$/;
/** `…文旅综合体由福建文旅集团投资建设`: the builder after the project. */
const BUILT_BY_AT_END = /由[^，,；;由]{2,20}?(?:投资建设|投资兴建|出资建设|承建|建设|运营|实施)$/;
/** `…浸膏生产基地落户六景工业园区`: where the project settles, after it. */
const SETTLED_AT_END = /(?:落户|落地|选址)[^，,；;落]{2,16}$/;
/** `…基地被列为国家第二批…项目`: a designation after the project. */
const DESIGNATION_AT_END = /(?:被列为|被列入|列为|被确定为|确定为|被评为|被命名为)[^，,；;]{2,30}$/;
const COUNT = /^(?:\d+|[一二三四五六七八九十两百千几]+)(?:个|项|大|座|所|条|处|批|家|类)?|^一批/;
/** `解州3个区域医疗中心`, `…大数据平台四大安保基础设施项目`: a count and a head after the last item. */
const COUNT_HEAD_IN_ITEM = /(?:\d+|[一二三四五六七八九十两]+)(?:个|项|大|座|所|条|处)[\u4e00-\u9fa5]{2,12}$/;
const VERB_BEFORE_COUNT = new RegExp(`(?:${alternation([...PROJECT_TRIGGERS, ...PROJECT_CLAUSE_START_VERBS])})$`);
const PROJECT_HEAD_END = new RegExp(`(?:${alternation([...PROJECT_NOUN_HEADS, ...PROJECT_ACTION_HEADS].filter((w) => w.length >= 2))})$`);
const ANY_HEAD_END = new RegExp(`(?:${alternation([...PROJECT_NOUN_HEADS, ...PROJECT_ACTION_HEADS])})$`);
const NON_PROJECT_HEAD = new RegExp(alternation(NON_PROJECT_LIST_HEADS.filter((w) => w.length >= 2)));
const NON_PROJECT_HEAD_ALL = new RegExp(NON_PROJECT_HEAD.source, "g");
const PROJECT_HEAD_ALL = /项目|工程/g;
const LIST_HEAD_AT_END = new RegExp(`(?:${alternation(PROJECT_LIST_HEADS)})$`);
const VERB_IN_HEAD = new RegExp(alternation([...PROJECT_TRIGGERS, "建设", "实施", "入驻", "进驻", "得到", "取得", "实现", "达到"]));
const NON_PROJECT_SINGLE = new Set(NON_PROJECT_LIST_HEADS.filter((w) => w.length === 1));
const PROJECT_HEAD = /项目|工程/;
const TRAILING_PROJECT_WORDS = /(?:建设项目|项目建设|工程建设|建设工程|项目|工程|建设)+$/;
const PROJECT_HEAD_AT_END = /(?:项目|工程)$/;
/** `万达广场、国科欢乐港大型商业综合体`: a described class after the last item belongs to the whole list. */
const DESCRIBED_CLASS = /(?:大型|高品质|高端|特色|现代化|综合性|标志性)(?:商业综合体|综合体|商业街|步行街|购物中心|项目|工程)$/;
const BUILD_PROJECT_WORDS = /(?:建设项目|项目建设|建设工程|工程建设)$/;
/** A description by rank: 重要的, 一流的, 国内领先的. */
const RANK = /重要|一流|领先|知名|最大|最强|首位|示范性|标杆/;
/** `以东方希望百万头生猪养殖项目为引领`, `以市级中药材产业园建设为引领`: the project a plan leans on. */
const LEVER = /^以(.{2,30}?)(?:的)?(?:建设|创建|开工|落地)?为(?:抓手|引领|牵引|依托|龙头|载体|突破口|契机|核心|支撑|带动)/;
/** 等 ending a list, not inside 平等, 高等, 等级, 等待. */
const ETC = /(?<![平高初中同对相均特头上次劣何])等(?![级待候同于离到等])/g;
/** 和 and 及 join items where the segmenter makes them words of their own (not 和谐, 和县, 及时, 涉及). */
const JOINER_WORD = /[和及]/g;
/** Where a joiner (和, 及, 以及, 与, 、) ending [from, to) starts, or -1. */
function trailingJoiner(clause: string, from: number, to: number): number {
  if (to - from >= 2 && clause.startsWith("以及", to - 2)) return to - 2;
  return to > from && JOINER_END[clause.charCodeAt(to - 1)] === 1 ? to - 1 : -1;
}

const JOINER_END = new Uint8Array(0x10000);
for (const ch of "和及与、") JOINER_END[ch.charCodeAt(0)] = 1;

/** The amount stated inside an item; both patterns need 投资 or 元, which most items lack. */
function amountInside(item: string): RegExpExecArray | null {
  return (item.includes("投资") ? INVESTMENT_INSIDE.exec(item) : null) ?? (item.includes("元") ? AMOUNT_IN_NAME.exec(item) : null);
}
const COUNTED_AT_END = /(?:\d+|[一二三四五六七八九十两百千几]+)(?:余|多)?(?:个|项|家|座|所|条|处|批|类|支|名|户)(?:以上|左右)?$/;

/** Splits a sentence (compact Simplified text) into clauses at top-level punctuation. */
export function clauseRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const i of [...topLevelPositions(text, CLAUSE_END), text.length]) {
    const from = UNCLOSED_SPEECH_OPEN.test(text.slice(start, i)) ? start + 1 : start;
    if (i > from) ranges.push([from, i]);
    start = i + 1;
  }
  return ranges;
}

/** A clause of quoted speech starts with the quote mark that its sentence closes later: the mark is no part of it. */
const UNCLOSED_SPEECH_OPEN = /^[“「][^”」]*$/;

const CLAUSE_END = new Uint8Array(0x10000);
for (const ch of "，,；;：:。！？!?") CLAUSE_END[ch.charCodeAt(0)] = 1;
const LIST_MARK = new Uint8Array(0x10000);
LIST_MARK["、".charCodeAt(0)] = 1;

/**
 * `unbroken`: spans of the clause with no word edge inside (firm names that hold a joiner: `云南泰和新能源科技有限公司`);
 * `firms`: where the report's firm names stand, whose words are no triggers (`博印|包装`).
 */
export function parseClause(
  clause: string,
  unbroken: ReadonlyArray<readonly [number, number]> = [],
  firms: ReadonlyArray<readonly [number, number]> = [],
): ClauseFrame {
  const edges = new WordEdges(clause, unbroken);
  const frame: ClauseFrame = { items: [], trigger: 0, predicate: 0, listKind: null, listHead: "", investment: null, counted: false, verbs: [] };
  const lever = LEVER.exec(clause);
  if (lever) {
    frame.trigger = 1;
    frame.items = splitItems(clause, 1, 1 + lever[1]!.length, edges, frame);
    return frame;
  }
  let from = stripPrefix(clause, 0, edges, frame);
  let to = stripPredicates(clause, from, clause.length, edges, frame);
  to = endBeforeAspect(clause, from, to, frame);
  const listStart = findListTail(clause, from, to, frame);
  frame.counted ||= listStart < 0 && COUNTED_AT_END.test(clause.slice(from, to));
  if (listStart >= 0) to = listStart;
  from = cutAtLastTrigger(clause, from, to, frame, firms);
  from = afterFeatures(clause, from, to);
  frame.items = splitItems(clause, from, to, edges, frame).map((item) => afterFirmThatBuilds(clause, item, firms, frame));
  return frame;
}

/**
 * `德兴隆粮贸|建设|10万吨烘干仓储设施`, `鸿林集团|将同步建设|林下参`, `中茶公司|计划在安溪建设|…`:
 * a firm named first and its verb of building come before the project.
 */
const BUILDS = /^(?:将|已|正在|还|也|计划|拟){0,2}(?:在[\u4e00-\u9fa5]{2,8}?)?(?:同步|加快|全力|合作|牵头)?(?:投资建设|建设|新建|扩建|建成|实施|打造|推进|运营)的?/;

function afterFirmThatBuilds(clause: string, item: ClauseItem, firms: ReadonlyArray<readonly [number, number]>, frame: ClauseFrame): ClauseItem {
  const firm = firms.find(([start, end]) => start === item.from && end < item.to);
  const verb = firm ? BUILDS.exec(clause.slice(firm[1], item.to)) : null;
  if (!firm || !verb || item.to - (firm[1] + verb[0].length) < 3) return item;
  frame.trigger = Math.max(frame.trigger, 1);
  return { ...item, from: firm[1] + verb[0].length };
}

/** `打造集滨河休闲、民俗体验、康养度假于一体的|综合性文旅项目`: what a project combines is no list of projects. */
const FEATURES = /集[^，。；]{2,40}?于一体(?:的)?/;

function afterFeatures(clause: string, from: number, to: number): number {
  const m = FEATURES.exec(clause.slice(from, to));
  return m ? from + m.index + m[0].length : from;
}

/**
 * Word edges of a clause, asked for one position at a time: the segmenter
 * cuts a small window around the position (enough to tell 再|生 from 再生).
 */
class WordEdges {
  private readonly known = new Map<number, boolean>();

  constructor(
    private readonly clause: string,
    private readonly unbroken: ReadonlyArray<readonly [number, number]> = [],
  ) {}

  at(i: number): boolean {
    if (i <= 0 || i >= this.clause.length) return true;
    if (this.unbroken.some(([from, to]) => i > from && i < to)) return false;
    let edge = this.known.get(i);
    if (edge === undefined) {
      const start = Math.max(0, i - EDGE_WINDOW);
      edge = wordEdges(this.clause.slice(start, i + EDGE_WINDOW)).some((w) => w.start === i - start);
      this.known.set(i, edge);
    }
    return edge;
  }
}

const EDGE_WINDOW = 4;

/** The characters INVESTMENT, NUMBERING, LOCATIVE, PRAISE and WHEN can start with: elsewhere none of them is tried. */
const PREFIX_PATTERN_START = new Uint8Array(0x10000);
for (const ch of "项总计概投" + "(（一二三四五六七八九十0123456789" + "在从对于" + "世中全国省" + "年上下" + "长") PREFIX_PATTERN_START[ch.charCodeAt(0)] = 1;
for (const [first, last] of [["①", "⑳"], ["⑴", "⒇"], ["❶", "❿"]] as const) {
  for (let code = first.charCodeAt(0); code <= last.charCodeAt(0); code++) PREFIX_PATTERN_START[code] = 1;
}

/** Skips adverbs, verbs, `在X` and `总投资X亿元的` at the start; records what it saw. */
function stripPrefix(clause: string, from: number, edges: WordEdges, frame: ClauseFrame): number {
  for (;;) {
    if (PREFIX_PATTERN_START[clause.charCodeAt(from)] === 1) {
      const rest = clause.slice(from);
      const invest = INVESTMENT.exec(rest);
      if (invest) {
        frame.investment ??= invest[1]!;
        from += invest[0].length;
        continue;
      }
      const numbering = (from === 0 ? NUMBERING.exec(rest) : null) ?? LOCATIVE.exec(rest) ?? PRAISE.exec(rest) ?? WHEN.exec(rest) ?? LENGTH.exec(rest);
      if (numbering) {
        from += numbering[0].length;
        continue;
      }
    }
    const length = longestWordAt(clause, from, edges);
    if (length === 0) return from;
    const word = clause.slice(from, from + length);
    if (TRIGGER_SET.has(word) || START_VERB_SET.has(word)) {
      frame.trigger = Math.max(frame.trigger, BUILD_VERB.test(word) ? 2 : 1);
      frame.verbs.push(word);
    }
    from += length;
  }
}

/**
 * Length of the prefix word at `from` (0: none), at most six characters and
 * never the whole rest. Multi-character words are taken as they stand; a
 * single character only at a token edge (再生 keeps 再).
 */
function longestWordAt(clause: string, from: number, edges: WordEdges): number {
  const length = PREFIX_WORDS.longestAt(clause, from, from + Math.min(6, clause.length - from - 1));
  if (length > 1 && startsName(clause, from + length, edges)) return 0;
  return length > 1 || (length === 1 && edges.at(from + 1)) ? length : 0;
}

/** One-character heads of names a verb can begin: streets (建设路, 振兴街) and zones (开发区). */
const NAME_HEADS_AFTER_VERB = new Set("路街巷桥区");

/** `建设路北延`, `开发区服务中心`: the verb is the start of a name when the segmenter reads verb and head as one word. */
function startsName(clause: string, at: number, edges: WordEdges): boolean {
  return NAME_HEADS_AFTER_VERB.has(clause[at]!) && !edges.at(at);
}

/** Where a word stripped from the end of a stretch starts, and how long it is. */
interface Ending {
  at: number;
  length: number;
}

/** Removes predicates (建设, 建成投产, 进展顺利) from the end of the clause. */
function stripPredicates(clause: string, from: number, to: number, edges: WordEdges, frame: ClauseFrame): number {
  for (;;) {
    const predicate = PREDICATES.longestEndingAt(clause, to, from);
    // adverbs and designations (被列为…) are stripped without counting as evidence of a build
    const weak = predicate > 0 ? null : weakEnding(clause, from, to);
    const m = weak ?? buildEnding(clause, from, to, predicate);
    if (!m || m.at === from || (m.length === 1 && !edges.at(m.at))) return to;
    if (!weak) frame.predicate = Math.max(frame.predicate, COMPLETED_BUILD.test(clause.slice(m.at, m.at + m.length)) ? 2 : 1);
    to = m.at;
  }
}

function weakEnding(clause: string, from: number, to: number): Ending | null {
  const adverb = ADVERBS_AT_END.longestEndingAt(clause, to, from);
  if (adverb > 0) return { at: to - adverb, length: adverb };
  return endingOf(DESIGNATION_AT_END, clause, from, to);
}

/** What speaks of the build: who builds it, a predicate (`predicate` characters long), the amount spent. */
function buildEnding(clause: string, from: number, to: number, predicate: number): Ending | null {
  const builtBy = endingOf(BUILT_BY_AT_END, clause, from, to) ?? endingOf(SETTLED_AT_END, clause, from, to);
  if (builtBy) return builtBy;
  if (predicate > 0) return { at: to - predicate, length: predicate };
  return clause.charCodeAt(to - 1) === YUAN ? endingOf(AMOUNT_SPENT_AT_END, clause, from, to) : null;
}

const YUAN = "元".charCodeAt(0);

function endingOf(pattern: RegExp, clause: string, from: number, to: number): Ending | null {
  const m = pattern.exec(clause.slice(from, to));
  return m ? { at: from + m.index, length: m[0].length } : null;
}

/**
 * Finds `等 [count] head` (or `四大…项目` after the last item) and records
 * what the head says; returns where the items end, or -1.
 */
function findListTail(clause: string, from: number, to: number, frame: ClauseFrame): number {
  let at = -1;
  ETC.lastIndex = from + 1;
  for (let m = ETC.exec(clause); m && m.index < to; m = ETC.exec(clause)) at = m.index;
  let headStart = at + 1;
  if (at < 0) {
    const m = COUNT_HEAD_IN_ITEM.exec(clause.slice(from, to));
    if (!m || m.index === 0) return -1;
    at = from + m.index;
    // `这次新上|6条预制菜生产线`: a verb before the count builds that many of a kind, no list
    if (VERB_BEFORE_COUNT.test(clause.slice(from, at))) {
      frame.counted = true;
      return -1;
    }
    headStart = at;
  }
  let head = clause.slice(headStart, to);
  const count = COUNT.exec(head);
  if (count) head = head.slice(count[0].length);
  frame.listKind = listKindOf(head);
  frame.listHead = head.replace(/^.*的/, "").replace(TRAILING_PROJECT_WORDS, "");
  return at;
}

/**
 * The head noun after 等 decides, and a head noun comes last in its phrase:
 * `等产业扶贫项目` lists projects, `等玻璃文创企业首批入驻` firms. A verb ends
 * the phrase: `等6个乡镇实施…工程` lists places.
 */
function listKindOf(head: string): ListKind {
  if (/^(?:为|作为|方面|在内)/.test(head) || NON_PROJECT_SINGLE.has(head)) return "other";
  const verb = VERB_IN_HEAD.exec(head);
  const phrase = verb && verb.index > 0 ? head.slice(0, verb.index) : head;
  const project = LIST_HEAD_AT_END.test(phrase) ? phrase.length : lastMatchEnd(PROJECT_HEAD_ALL, phrase);
  const other = lastMatchEnd(NON_PROJECT_HEAD_ALL, phrase);
  // a tie is a non-project head that ends in 项目 itself (非遗项目)
  if (project > other) return "project";
  if (other >= 0 && other >= project) return "other";
  return PROJECT_HEAD_END.test(phrase) ? "project" : null;
}

function lastMatchEnd(pattern: RegExp, text: string): number {
  let end = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) end = m.index + m[0].length;
  return end;
}

/** `北相镇要加快推进舜德大街…`: the last trigger verb before the first item ends the prefix. */
function cutAtLastTrigger(clause: string, from: number, to: number, frame: ClauseFrame, firms: ReadonlyArray<readonly [number, number]>): number {
  const firstJoin = topLevelPositions(clause, LIST_MARK, from, to, 1)[0] ?? to;
  let cut = from;
  // triggers as a global search finds them: left to right, longest first, not overlapping
  const headEnd = sliceEnd(clause.length, firstJoin - 2);
  let verb = "";
  for (let i = from; i < headEnd; ) {
    const length = TRIGGERS.longestAt(clause, i, headEnd);
    if (length === 0 || firms.some(([start, end]) => i >= start && i < end)) {
      i++;
      continue;
    }
    cut = i + length;
    verb = clause.slice(i, cut);
    i = cut;
  }
  if (verb) {
    frame.trigger = Math.max(frame.trigger, BUILD_VERB.test(verb) ? 2 : 1);
    frame.verbs.push(verb);
  }
  return cut;
}

/** Where `text.slice(0, end)` ends (a negative end counts from the end of the text). */
function sliceEnd(length: number, end: number): number {
  return end < 0 ? Math.max(0, length + end) : Math.min(end, length);
}

/**
 * Items between top-level 、 and the joiners 和 / 以及, and 及 when the
 * part before it is complete (`压铸件及挤压件精密加工` stays one item); each
 * item loses a modifier ending in 的 and its own adverbs and predicates.
 */
function splitItems(clause: string, from: number, to: number, edges: WordEdges, frame: ClauseFrame): ClauseItem[] {
  const topLevel = topLevelMask(clause, from, to);
  const joiners = joinerSpans(clause, from, to, topLevel, edges);
  const items: ClauseItem[] = [];
  let start = from;
  for (const [a, b] of joiners) {
    if (a < start) continue;
    const word = clause.slice(a, b);
    if (word !== "、" && (a - start < 2 || to - b < 2 || clause[b] === "、")) continue;
    if (word === "及" && !PROJECT_HEAD_END.test(clause.slice(start, a))) continue;
    pushItem(items, refineItem(clause, start, a, edges, topLevel, frame));
    start = b;
  }
  pushItem(items, refineItem(clause, start, to, edges, topLevel, frame));
  cutSharedProjectWord(clause, items, frame);
  return items;
}

function pushItem(items: ClauseItem[], item: ClauseItem | null): void {
  if (item) items.push(item);
}

/** `中和镇`, `太和乡`: 和 before a town's suffix is inside a name the segmenter does not know (县 may be the county's own: `…和县体育馆`). */
const PLACE_SUFFIX_AFTER = /^(?:镇(?!村)|乡(?![村镇]))/;

/** Top-level 、 and 以及 wherever they stand; 和 and 及 only as words of their own (not 和谐, 及时). */
function joinerSpans(clause: string, from: number, to: number, topLevel: Uint8Array, edges: WordEdges): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (!topLevel[i]) continue;
    if (clause[i] === "、") spans.push([i, i + 1]);
    else if (clause.startsWith("以及", i)) spans.push([i, (i += 1) + 1]);
  }
  JOINER_WORD.lastIndex = from;
  for (let m = JOINER_WORD.exec(clause); m && m.index < to; m = JOINER_WORD.exec(clause)) {
    const i = m.index;
    if (topLevel[i] && clause[i - 1] !== "以" && !PLACE_SUFFIX_AFTER.test(clause.slice(i + 1, i + 3)) && edges.at(i) && edges.at(i + 1)) spans.push([i, i + 1]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * `河底镇、畖底镇、薛店镇污水处理站建设项目`: 项目 after the last item speaks
 * for the whole list, like a head after 等; 建设项目 is cut from the name.
 */
function cutSharedProjectWord(clause: string, items: ClauseItem[], frame: ClauseFrame): void {
  const last = items[items.length - 1];
  if (items.length < 2 || !last) return;
  const descriptor = DESCRIBED_CLASS.exec(clause.slice(last.from, last.to));
  if (descriptor && descriptor.index >= 2) {
    last.to = last.from + descriptor.index;
    frame.listKind ??= "project";
    return;
  }
  if (items.slice(0, -1).some((i) => PROJECT_HEAD.test(clause.slice(i.from, i.to)))) return;
  const text = clause.slice(last.from, last.to);
  if (!PROJECT_HEAD_AT_END.test(text)) return;
  frame.listKind ??= "project";
  const m = BUILD_PROJECT_WORDS.exec(text);
  // `…焦庄乡高标准农田建设项目`: without 建设项目 the rest would name no project, so the words stay
  if (m && m.index >= 2 && BUILT_KINDS.has(endingKind(text.slice(0, m.index)))) last.to = last.from + m.index;
}

function refineItem(clause: string, from: number, to: number, edges: WordEdges, topLevel: Uint8Array, frame: ClauseFrame): ClauseItem | null {
  const joiner = trailingJoiner(clause, from, to);
  if (joiner > from && clause[to] !== "、") to = joiner;
  const invested = amountInside(clause.slice(from, to));
  const investment = invested ? invested[1]! : null;
  let ranked = false;
  for (let i = to - 2; i > from; i--) {
    if (clause[i] === "的" && topLevel[i]) {
      ranked = RANK.test(clause.slice(from, i));
      from = i + 1;
      break;
    }
  }
  while (clause[from] === "的") from++;
  if (STRAY_LETTER.test(clause.slice(from, from + 2))) from++;
  const probe: ClauseFrame = { ...frame, investment: null };
  from = stripPrefix(clause, from, edges, probe);
  to = stripPredicates(clause, from, to, edges, probe);
  from = afterInnerVerb(clause, from, to, frame);
  to = endAtProjectWord(clause, from, to);
  to = endBeforeFacts(clause, from, to);
  to = endBeforeMainWorks(clause, from, to);
  if (investment) frame.investment ??= investment;
  return to - from >= 1 ? { from, to, investment, ranked } : null;
}

/**
 * Verbs of a clause inside an item (`中国交建分别签订|新型建材产业园`), also
 * after a funder's amount (`X公司投资15亿元建设|Y`, `X支行贷款9.6亿元支持|Y`, `投入6.8亿元建设|Y`):
 * the project follows the last one.
 */
const INNER_VERB = /签订|签署|签约|投资建设|投资兴建|合作建设|合作推进|承建|布局|规划建设了?|正在建设|(?:计划|将|拟)在[\u4e00-\u9fa5]{2,8}?建设|入驻|落户|进驻|(?:投资|投入|贷款|授信|融资)(?:约|达|超|近)?\d+(?:\.\d+)?(?:余|多)?(?:亿|万|千万)?元(?:建设|新建|扩建|实施|打造|支持|用于)/g;

function afterInnerVerb(clause: string, from: number, to: number, frame: ClauseFrame): number {
  let cut = from;
  INNER_VERB.lastIndex = from;
  for (let m = INNER_VERB.exec(clause); m && m.index < to; m = INNER_VERB.exec(clause)) {
    const end = m.index + m[0].length;
    if (m.index > from && to - end >= 3) {
      cut = end;
      // `中茶公司计划在安溪建设|…`: a verb of building inside the item is the clause's evidence too
      if (/建设|新建|推进/.test(m[0])) frame.trigger = Math.max(frame.trigger, 1);
    }
  }
  return cut;
}

/** Facts written after a name: `…产业园征地1600亩`, `王东线(舜王路)道路11公里`. */
const FACTS_AFTER_NAME = /(?:征地|占地|征收|用地|建筑面积|总投资|投资|全长|总长|长度|道路)(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千]+)(?:余|多)?(?:万|亿)?(?:亩|公里|千米|米|平方米|平米|公顷|户|元)/;

function endBeforeFacts(clause: string, from: number, to: number): number {
  const text = clause.slice(from, to);
  const m = FACTS_AFTER_NAME.exec(text);
  if (!m) return to;
  // `县城第二污水处理厂(总投资2.4亿元)`: the facts may stand in brackets of their own
  const end = /[(（]/.test(text[m.index - 1] ?? "") ? m.index - 1 : m.index;
  if (end < 3 || !ANY_HEAD_END.test(text.slice(0, end).replace(TRAILING_BRACKETS, ""))) return to;
  return from + end;
}

/**
 * Adverbs of time and aspect, and verbs, that open the predicate after a subject (`…产业园|已入驻…`,
 * `…生产线|正在满负荷运转`, `…工程|完成路基工程`, `…中心|当天签约`, `…综合楼|主体已封顶`, `…二期|同步开工建设`).
 */
const ASPECT = /(?:今年|年内|明年|现)?(?:已经|已于|已|正在|正式|将于|即将|将|均已)|预计|力争|确保|目前|完成|实现|被|由|同样|均|仍|当天|当日|吸引|带动|成为|于(?=[今去明本上]年|\d|[今去明]天)|主体(?:结构)?(?=已|正在|完工|封顶|全面)|同步(?=开工|建设|实施|推进|投产|完善|配套|建成)|计划(?=明年|今年|年内|年底|\d)|追加|在(?=[\u4e00-\u9fa5]{2,6}?(?:投产|建成|开工|落地|落户|开业|运营))|(?:今年|去年|明年)?\d{1,2}月(?:底|初|份)?/g;
const ROAD_SECTION_END = /(?:公路|高速|铁路|大道|国道|省道|快速路|环线|绿道)[\u4e00-\u9fa5]{1,8}段$/;
const TRAILING_BRACKETS = /[(（][^()（）]*[)）]$/;
/** `…工程|完成堤防建设`: a verb of progress that is itself what the project did. */
const PROGRESS_VERB = "完成";
/** What a built project has done or is doing (`已入驻…`, `正在满负荷运转`, `已于今年3月投产`). */
const BUILT_PROJECT_DOES = /^(?:于|在)?[^，。]{0,8}?(?:入驻|进驻|投产|建成|开工|竣工|完工|运营|运行|运转|投用|投入使用|进入|完成|开业|开园|开营|开街|并网|通车|封顶|交付)/;

/**
 * `韩集镇、土桥镇…养殖小区|已入驻养殖户126户`: a project named as the subject,
 * then what it has done. The clause ends before the first aspect adverb that
 * follows a project head; what comes after is no part of a name.
 */
function endBeforeAspect(clause: string, from: number, to: number, frame: ClauseFrame): number {
  ASPECT.lastIndex = from + 2;
  for (let m = ASPECT.exec(clause); m && m.index < to - 1; m = ASPECT.exec(clause)) {
    const subject = clause.slice(from, m.index).replace(TRAILING_BRACKETS, "");
    if (ANY_HEAD_END.test(subject) || ROAD_SECTION_END.test(subject)) {
      const after = clause.slice(m.index + m[0].length, to).replace(/^(?:满负荷|全面|顺利|正式|陆续|基本)/, "");
      if (m[0] === PROGRESS_VERB || BUILT_PROJECT_DOES.test(after)) frame.predicate = Math.max(frame.predicate, 1);
      return m.index;
    }
  }
  return to;
}

/** `新民市人民医院新院区|主体工程(年内封顶)`: the main works of a project named before them. */
const MAIN_WORKS = /(?:主体工程|主体结构)$/;

function endBeforeMainWorks(clause: string, from: number, to: number): number {
  const m = MAIN_WORKS.exec(clause.slice(from, to));
  return m && m.index >= 3 && ANY_HEAD_END.test(clause.slice(from, from + m.index)) ? from + m.index : to;
}

/** A lowercase letter glued before a Chinese name: debris of removed pinyin (h人民广场). */
const STRAY_LETTER = /^[a-z][\u4e00-\u9fa5]/;

const BUILT_KINDS = new Set(["noun", "action", "production"]);
const PROJECT_WORD_INSIDE = /项目|工程/g;
/** What may follow 项目 / 工程 inside a name: a phase, brackets, a joined part (棚改项目一期工程). */
const NAME_GOES_ON = /^(?:[一二三四五六七八九十\d]+期|配套|及|和|[(（])/;
/** `派驻项目|团队`, `中国电建项目|部`: 项目 before its staff or office names people, not a project. */
const PROJECT_STAFF = /^(?:部|团队|人员|班子|负责人|经理|专班)/;

/** `滨水新城城市综合体项目尽快…`: a name ends at its last 项目 / 工程 unless a phase or part follows. */
function endAtProjectWord(clause: string, from: number, to: number): number {
  const text = clause.slice(from, to);
  let end = -1;
  PROJECT_WORD_INSIDE.lastIndex = 0;
  for (let m = PROJECT_WORD_INSIDE.exec(text); m; m = PROJECT_WORD_INSIDE.exec(text)) end = m.index + 2;
  if (end < 0 || end === text.length || end < 4 || NAME_GOES_ON.test(text.slice(end)) || PROJECT_STAFF.test(text.slice(end))) return to;
  return from + end;
}
