/**
 * Company extractor
 * =================
 *
 * Finds firms by the structure around them, then everywhere they recur:
 *  1. per clause: enumerations whose head says the items are firms
 *     (`支持A、B、C等骨干企业`), projects (`A、B等51个项目`: a bare name there
 *     is the firm behind the project) or facilities; names with a legal form
 *     (`…有限公司`, `…集团`); central state-owned enterprises; `以X为龙头`;
 *     a trigger verb before a firm-shaped name (`引进X,`); firms at the front
 *     of project names (`国耀1×30兆瓦生物质热电联产`);
 *  2. lists without a head whose other items are firms found in step 1;
 *  3. propagation: every other occurrence of a found name or its trade core
 *     (`山西建龙` -> `建龙`) in the report is a mention too.
 */
import type { Mention } from "../types.ts";
import { homePlaces } from "../places.ts";
import { segment, type Token } from "../segment.ts";
import { FIRM_PREDICATES, FIRM_TRIGGER_VERBS, LEAD_ROLE_WORDS, NON_FIRM_ENDINGS, RANKING_PREFIX } from "../data/company-words.ts";
import { CENTRAL_SOES, COMPANY_INDUSTRY_SUFFIXES, COMPANY_LEGAL_SUFFIXES, PROJECT_SUFFIXES } from "../data/lexicon.ts";
import { PROJECT_TRIGGERS } from "../data/project-words.ts";
import { FIRM_OR_PROJECT_HEADS, findLists, isPunctuation, LIST_MARK, prepareTokens, PROJECT_PREDICATE_WORD, type ItemList } from "./company-lists.ts";
import {
  endsWithActivity, endsWithIndustrySuffix, firmInProjectName, firmShapedFront, hasNameToken, industrySuffixAt, isBareName,
  isBareProjectFirm, isCentralSoe, isCommonNoun, isFirmShaped, isLooseFirmName, isLooseTradeName, isPlaceName, isSectorPhrase, isStrongIndustryWord, isTradeName,
  isWeakSuffix, leadingPlaceLength, mayBeBareName, mayBeBareProjectFirm, mayHoldFirmInProjectName, nonFirmEnding, tradeCore,
} from "./company-names.ts";
import { WordFlags, WordIndex } from "./company-word-index.ts";
import { WordTrie } from "./word-trie.ts";
import {
  endsSingleName, firmListItemOk, isClearLeftEdge, isVerb, knownPrefixOf, legalNameOk, legalNameStart, nameStartBefore,
  nameStartIndex, placeBefore, projectEnd, propagatable,
} from "./company-spans.ts";
import { sentenceAt } from "./sentence-index.ts";
import type { MentionExtractor, ReportContext } from "./types.ts";

interface Candidate {
  start: number;
  end: number;
  via: string;
}

/** Clauses: runs between commas, semicolons, colons and sentence ends. */
const CLAUSE = /[^,，;；:：!！?？。]+/g;
/** Only clauses with one of these (or a central SOE, see `GATE`) can hold a firm found by context; the others are not segmented. */
const CLAUSE_TRIGGERS = ["、", "等", "公司", "集团", "银行", "农商行", "项目", "投资", "龙头", "500强", "五百强", "建成", "开工", "投产", "落地", ...FIRM_TRIGGER_VERBS];
const PROJECT_HEADS = new WordIndex(PROJECT_SUFFIXES.filter((w) => w.length >= 2));
const NON_FIRM_HEADS = new WordIndex(NON_FIRM_ENDINGS.filter((w) => w.length >= 2));
/** Trade names taken from a river or mountain (`汀江`), which name the works there too. */
const LANDFORM_END = /[江河湖海山岭峰溪湾]$/;
const LANDSCAPE_AFTER = /^(?:流域|沿岸|两岸|河畔|湿地|国家湿地|国家森林|风景)/;
/** Starts of the numbered bureaus of the central builders (`中铁二…`, `中国水电十…`). */
const SOE_BUREAU_STARTS = ["中铁", "中建", "中交", "中冶", "中水", "中电建", "中国水电"].flatMap((builder) => [..."一二三四五六七八九十"].map((n) => builder + n));
/** Words after an industry word that make it a sector (`…能源产业`, `…物流行业`). */
const CLASS_AFTER_NAME = /^(?:产业|行业|企业|领域|集群|产品|板块|项目|工程|基地|园区|示范|发展|转型)/;
/** An amount invested, right after the investor's name. */
const INVESTOR_BEFORE = /(?:总投资|投资)[0-9.]+(?:亿|万)元(的|建设|实施|新建)?/g;
/** A branch of a central SOE or state bank after the place it serves (`…信丰支行`, `…赣州供电公司`). */
const SOE_BRANCH = /^[\u4e00-\u9fa5]{0,4}?(?:分公司|子公司|支行|分行|营业部|供电公司|公司|设计院|院)/;
/** Short forms of the groups (`华电集团` -> `华电`), which name a unit with `国际`, `股份` or a sector word. */
const SOE_STEMS = new Set(CENTRAL_SOES.filter((name) => /^[\u4e00-\u9fa5]{2}集团$/.test(name)).map((name) => name.slice(0, 2)));
const SOE_UNIT = /^(?:国际|股份|控股)/;
/** The great regions a central SOE's units are named after (`中国石油|西南|油气田公司`). */
const GREAT_REGION = /^(?:华北|华东|华南|华中|西南|西北|东北)/;
const SOE_REGISTERED_UNIT = /^[\u4e00-\u9fa5]{2,8}?(?:有限责任公司|股份有限公司|有限公司)/;
/** Words that show the text after a SOE goes on as a sentence (`中国电建承建的…有限公司`). */
const NOT_IN_A_UNIT_NAME = /[的和与及为在对把由]|承建|投资|参与|负责|联合|合作/;
const CENTRAL_SOE_NAMES = WordTrie.forward(CENTRAL_SOES);
const MAX_SOE_NAME = Math.max(...CENTRAL_SOES.map((name) => name.length));
/** Clauses that may name such a unit are read even without another trigger. */
const SOE_UNIT_STARTS = [...SOE_STEMS].flatMap((stem) =>
  ["国际", "股份", "控股", "新能源", "电力", "能源", "发电", "水电", "核电", "风电", "新材料", "置地", "地产", "资本", "环保"].map((unit) => stem + unit),
);
/** `中国建筑|第五工程局有限公司`: a numbered unit of a central group. */
const SOE_NUMBERED_UNIT = /^第[一二三四五六七八九十]{1,3}(?:建设工程局|工程局|工程公司|勘察设计研究院|设计研究院|设计院|冶金建设|工程)(?:集团)?(?:有限公司|有限责任公司|公司)?/;
/** Numbered bureaus of the central builders (`中铁二十三局`, `中建三局`, `中交一公局`), with a unit's registered name (`中铁十五局集团豫东建设有限公司`). */
const SOE_BUREAU = /(?:中铁|中建|中交|中冶|中水|中电建|中国水电|中铁建)[一二三四五六七八九十]{1,3}(?:公局|航局|局)(?:集团(?:[\u4e00-\u9fa5]{2,8}?有限公司)?)?(?:有限公司|公司)?/g;
const LEGAL_AFTER = /^(?:股份有限公司|有限责任公司|有限公司|集团|公司)/;
const LEGAL_FORM = /(?:集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|控股集团|集团|公司|农商银行|农村商业银行|银行|股份(?![制合])|控股(?!股东))/g;
/** Predicates that follow a project name (`中国中药山西五寨产业园全面建成`). */
const PROJECT_HEAD_OR_PREDICATE = /项目|全面建成|建成投产|竣工投产|开工建设|落地开工|投产达效|建成运营|正式投产|落地实施|开工投产/g;
const INVESTMENT_OF = /(?:总投资|投资)[0-9.]+(?:亿|万)元的/g;
const PREDICATES = [...FIRM_PREDICATES].sort((a, b) => b.length - a.length);
const LEAD_ROLE = new RegExp(`以([^以为,;。、]{2,12}?)为(?:${LEAD_ROLE_WORDS.join("|")})`, "g");
const TRIGGERS_OF_SINGLE = new Set([
  "引进", "引入", "招引", "支持", "扶持", "鼓励", "引导", "帮助", "推动", "培育", "与", "同", "携手", "联合", "依托", "借助",
]);
const JOINERS = new Set(["和", "与", "及", "以及"]);
/** What may follow a complete name: punctuation, a list mark, a conjunction. */
const NAME_END_AFTER = /^(?:[,，、;；。:：)）”"]|[和与及等])/;
/** Verbs before a headless list that make its trade-name items firms. */
const LIST_TRIGGERS = new Set(["引进", "引入", "招引", "吸引", "支持", "扶持", "鼓励", "引导", "帮助", "帮扶", "培育", "依托"]);

/*
 * What a clause must hold before any reader of `clause()` can add a firm in
 * it, tested on its characters before it is segmented. Each condition is
 * necessary for its reader (derived from the lists and patterns the reader
 * uses), so a clause that meets none gives nothing and is not segmented.
 */
/** A word a firm-shaped name contains (`isFirmShaped`): a legal form, an industry word, a central SOE. */
const FIRM_WORD = 1;
/** A word that alone may give a firm: a strong industry word (`shapedNames`), a central SOE or a group's stem (`centralSoes`). */
const DECISIVE_WORD = 2;
/** A verb before a single name (`triggeredSingles`). */
const SINGLE_TRIGGER = 4;
/** A head or verb that makes a list's items firms or projects (`list`). */
const LIST_SUPPORT = 8;
/** A trigger word, a central SOE, the start of a SOE bureau or unit: clauses without one are not read at all. */
const GATE = 16;
const CLAUSE_WORDS = new WordFlags([
  [CLAUSE_TRIGGERS, GATE],
  [CENTRAL_SOES, GATE],
  [SOE_BUREAU_STARTS, GATE],
  [SOE_UNIT_STARTS, GATE],
  [COMPANY_LEGAL_SUFFIXES.filter((w) => w.length >= 2), FIRM_WORD],
  [COMPANY_INDUSTRY_SUFFIXES, FIRM_WORD],
  [CENTRAL_SOES, FIRM_WORD | DECISIVE_WORD],
  [COMPANY_INDUSTRY_SUFFIXES.filter((w) => !isWeakSuffix(w)), DECISIVE_WORD],
  [SOE_STEMS, DECISIVE_WORD],
  [TRIGGERS_OF_SINGLE, SINGLE_TRIGGER],
  [[...FIRM_OR_PROJECT_HEADS, ...LIST_TRIGGERS], LIST_SUPPORT],
]);
/** Patterns that alone may give a firm: the readers' own patterns, lookaheads dropped. */
const DECISIVE_PATTERN = new RegExp(
  [LEGAL_FORM, SOE_BUREAU, LEAD_ROLE, RANKING_PREFIX]
    .map((pattern) => `(?:${pattern.source.replace(/\(\?![^)]*\)/g, "")})`)
    .join("|"),
);
/** Patterns after which a name may be read back (`investors`, `projectFronts`). */
const NAME_BEFORE_PATTERN = new RegExp(`(?:${INVESTOR_BEFORE.source})|(?:${PROJECT_HEAD_OR_PREDICATE.source})`);
/** Characters after a clause a reader may look at (`readTail` tests a predicate on six characters from a token of the clause). */
const LOOK_AHEAD = 6;

type ClauseNeed = "read" | "lists" | "none";

/**
 * `read`: segment and read the clause now. `lists`: only a list whose items are
 * no firms by their shape may come out of it, which matters only when an item
 * is a firm found elsewhere in the report: read it once those are known.
 */
function clauseNeed(text: string, start: number, end: number, words: number): ClauseNeed {
  if (words & DECISIVE_WORD) return "read";
  const clause = text.slice(start, end);
  if (DECISIVE_PATTERN.test(clause)) return "read";
  const listed = LIST_MARK.test(clause);
  if (words & FIRM_WORD && (listed || words & SINGLE_TRIGGER || NAME_BEFORE_PATTERN.test(clause))) return "read";
  if (mayNameInvestor(clause) || mayNameFirmInProject(text, start, end)) return "read";
  if (!listed) return "none";
  return words & LIST_SUPPORT || PROJECT_PREDICATE_WORD.test(text.slice(start, end + LOOK_AHEAD)) ? "read" : "lists";
}

/**
 * `investors` without an industry word or legal form in the clause: a bare
 * name of two to four characters right before `投资…元的` (or `…建设`).
 */
function mayNameInvestor(clause: string): boolean {
  for (const m of clause.matchAll(INVESTOR_BEFORE)) {
    if (m[1] !== undefined && mayEndIn(clause, m.index, 2, 4, (name) => mayBeBareName(name, 4))) return true;
  }
  return false;
}

/**
 * `projectFronts` without an industry word or legal form in the clause: what
 * `firmInProjectName` needs in the project name after `投资…元的`, or in the
 * text before `项目`, or a bare name of three to five characters before it.
 */
function mayNameFirmInProject(text: string, start: number, end: number): boolean {
  const clause = text.slice(start, end);
  for (const m of clause.matchAll(INVESTMENT_OF)) {
    const from = start + m.index + m[0].length;
    const stop = projectEnd(text, from, end);
    if (stop - from >= 3 && mayHoldFirmInProjectName(text.slice(from, stop))) return true;
  }
  for (const m of clause.matchAll(PROJECT_HEAD_OR_PREDICATE)) {
    if (m.index < 3) continue;
    if (mayHoldFirmInProjectName(clause.slice(0, m.index)) || mayEndIn(clause, m.index, 3, 5, mayBeBareProjectFirm)) return true;
  }
  return false;
}

/** Some name of `min` to `max` characters ending at `at` in the clause passes `test`. */
function mayEndIn(clause: string, at: number, min: number, max: number, test: (name: string) => boolean): boolean {
  for (let length = min; length <= max && length <= at; length++) if (test(clause.slice(at - length, at))) return true;
  return false;
}

export const companyExtractor: MentionExtractor = {
  type: "Company",
  extract(context: ReportContext, earlier: readonly Mention[]): Mention[] {
    const text = context.draft.match;
    const scan = new ReportScan(text, homePlaces(context.meta.subject));
    for (const sentence of context.sentences) scan.sentence(sentence.start, sentence.match);
    scan.listsWithKnownFirms();
    scan.propagate();
    return scan.mentions(earlier).map(({ start, end, via }) => {
      const name = text.slice(start, end);
      return { type: "Company", name, start, end, sentence: sentenceAt(context.sentences, start), props: { kind: kindOf(name), via } };
    });
  },
};

/**
 * `…文旅综合体由福|建文|旅集团`: a preposition the segmenter glued to the place
 * that starts the name; the name starts after the last such preposition.
 */
function gluedPreposition(text: string, start: number, end: number): number {
  for (let i = end - 4; i >= start; i--) {
    if (PREPOSITION.test(text[i]!) && leadingPlaceLength(text.slice(i + 1, end)) > 0) return i + 1 - start;
  }
  return 0;
}

const PREPOSITION = /^[由与和在对把将为从向同跟]$/;
/** Prepositions that start no trade name (和, 同 do: 和顺, 同德). */
const LEADING_PREPOSITION = /^[以由在对把将为从向]/;

function placedTradeName(name: string): boolean {
  const place = leadingPlaceLength(name);
  return place > 0 && name.length - place >= 2 && isTradeName(name.slice(place));
}

/** `旗属国有企业|乌审城投公司`: a class word inside the span ends a description, the name follows it. */
function afterClassWord(span: string): number {
  let best = 0;
  for (const m of span.matchAll(CLASS_WORDS_BEFORE_NAME)) {
    const end = m.index + m[0].length;
    if (span.length - end >= 2 && !span.startsWith("集团", end)) best = end;
  }
  return best;
}

/** Class and role words written before a firm's name (`县属国企|安吉竹乡…`, `社区运营方|杭州云栖…`, `…集团有限公司所属|华电…`). */
const CLASS_WORDS_BEFORE_NAME = /企业|国企|央企|民企|外企|运营方|投资方|合作方|建设方|承建方|开发商|运营商|所属|旗下|下属/g;

const LEADING_VERBS = WordTrie.forward(PROJECT_TRIGGERS);

/**
 * `推|进山|安|茂德20兆瓦…`: the segmenter can glue the verb before a project to
 * the firm's name; the verbs that introduce projects are cut as written.
 */
function leadingVerbsLength(name: string): number {
  let at = 0;
  for (let length = LEADING_VERBS.longestAt(name, at); length > 0; length = LEADING_VERBS.longestAt(name, at)) at += length;
  return at;
}

/** Particles, prepositions, pronouns and numbers stand before a name, never inside one (`的|云南泰|和…`; adverbs may: `北京|首都/d|旅游`). */
const BEFORE_NAME_TAGS = /^(?:u[jlzgvd]?|p|r|m)$/;

/**
 * `陕|西秦|岳新材料股份有限公司`, `云南|泰|和|新能源科技有限公司`: the segmenter cut
 * the place and the trade name apart, so the name seemed to start inside them.
 * It starts at the place when the few characters before it are a place and
 * at most two more characters, back to a verb, punctuation or a word that
 * stands before names.
 */
function brokenPlaceStart(tokens: readonly Token[], start: number, text: string): number {
  let k = tokens.findLastIndex((t) => t.end <= start);
  if (k < 0 || (isClearLeftEdge(tokens[k]) && tokens[k]!.word.length > 1)) return start;
  let from = start;
  for (; k >= 0 && start - tokens[k]!.start <= 6 && !isPunctuation(tokens[k]!) && !isVerb(tokens[k]!) && !BEFORE_NAME_TAGS.test(tokens[k]!.tag); k--) from = tokens[k]!.start;
  const region = text.slice(from, start);
  const place = leadingPlaceLength(region);
  return place > 0 && region.length - place <= 2 && !/[的和与及是在为对把将从向、]/.test(region.slice(place)) ? from : start;
}

/** Words that lead into a name and that the segmenter may glue to it (`走进|宏晟电子…`, `这是|福尔克集团`, `为恒芯|股份`). */
const LEADING_CONTEXT = WordTrie.forward([
  "走进", "来到", "这是", "那是", "就是", "也是", "正是", "成为", "包括", "引进", "支持", "推动", "依托", "规范", "为",
  // verbs of working with a firm (`协同|中国华电集团…有限公司`) and the heads of an enumeration (`一是|新能源项目…`)
  "协同", "配合", "会同", "联合", "一是", "二是", "三是", "四是", "五是", "六是",
  // where the capital comes from (`港资|恒晖（东台）纺织科技有限公司`)
  "港资", "外资", "台资", "澳资", "侨资", "德资", "日资", "韩资", "美资", "法资", "英资", "新加坡资",
]);

function leadingContextLength(core: string): number {
  const length = LEADING_CONTEXT.longestAt(core, 0, Math.min(core.length - 2, 4));
  return length > 0 && core.length - length >= 2 ? length : 0;
}

/** `中国邮政集团有限公司|横州市分公司`: a place and a branch word after a legal name belong to it. */
const BRANCH_WORDS = "分公司|支公司|子公司|分行|支行|供电局|供电公司|营业部|办事处|分局|分厂";
/** A bank (`…农商行` too), a full legal name, or a branch of one (`…有限责任公司南宁横州供电局`). */
const LEGAL_OR_BRANCH_END = new RegExp(`(?:银行|农商行|有限公司|有限责任公司)(?:[\\u4e00-\\u9fa5]{2,10}(?:${BRANCH_WORDS}))?$`);

function branchLength(text: string, end: number): number {
  const after = text.slice(end, end + 16);
  // most legal names have no branch after them: look for the place (which may segment) only when a branch word follows
  if (!BRANCH_WORD_WITHIN.test(after)) return 0;
  const place = leadingPlaceLength(after) || placeWordLength(after);
  const branch = place > 0 ? BRANCH_AFTER_PLACE.exec(after.slice(place)) : null;
  return branch ? place + branch[0].length : 0;
}

/** `石柱`, `伊犁`: a place word the segmenter knows that the gazetteer keeps out (a common word, a prefecture's short name). */
function placeWordLength(text: string): number {
  const first = segment(text.slice(0, 8))[0];
  return first && first.tag === "ns" && first.word.length >= 2 ? first.word.length : 0;
}

/** `…有限公司四川|广元石油分公司`: a branch word within a few characters after the place (a city, a trade). */
const BRANCH_AFTER_PLACE = new RegExp(`^[\\u4e00-\\u9fa5]{0,6}?(?:${BRANCH_WORDS})`);
const BRANCH_WORD_WITHIN = new RegExp(BRANCH_WORDS);

/** A project front after its investor's legal name and amount is a place or a product, not another firm. */
const NAMED_INVESTOR_BEFORE = /(?:公司|集团|银行)(?:(?:总投资|投资|投入)[0-9.]+(?:亿|万)?元(?:建设|新建|实施|打造)?的?)?$/;

function kindOf(name: string): string {
  if (/(?:银行|农商行|信用社|信用联社|支行|分行)$/.test(name)) return "bank";
  if (isCentralSoe(name) || isCentralSoe(tradeCore(name))) return "state";
  return "unknown";
}

class ReportScan {
  private readonly candidates: Candidate[] = [];
  /** Lists without a firm head, with the index of their clause (lists of clauses read late go back in text order). */
  private readonly openLists: Array<{ list: ItemList; supported: boolean; shaped: boolean; clause: number }> = [];
  private readonly clauseStarts: number[] = [];
  private readonly clauseEnds: number[] = [];
  private readonly clauseTokens = new Map<number, Token[]>();
  /** Clauses whose lists matter only if they name a firm found elsewhere (see `clauseNeed`). */
  private readonly listOnlyClauses: number[] = [];

  constructor(
    private readonly text: string,
    private readonly home: ReadonlySet<string>,
  ) {}

  /** Segments and reads the clauses of a sentence that hold a list, a legal form, a trigger or a SOE, and may give a firm. */
  sentence(offset: number, match: string): void {
    for (const m of match.matchAll(CLAUSE)) {
      const start = offset + m.index;
      const index = this.clauseStarts.push(start) - 1;
      const end = start + m[0].length;
      this.clauseEnds.push(end);
      const words = CLAUSE_WORDS.flagsIn(m[0]);
      if (!(words & GATE)) continue;
      const need = clauseNeed(this.text, start, end, words);
      if (need === "read") this.clause(this.tokensOf(start, m[0]), index);
      else if (need === "lists") this.listOnlyClauses.push(index);
    }
  }

  private tokensOf(start: number, clause: string): Token[] {
    const segmented = segment(clause);
    for (const token of segmented) {
      token.start += start;
      token.end += start;
    }
    const tokens = prepareTokens(segmented);
    this.clauseTokens.set(start, tokens);
    return tokens;
  }

  /** The tokens of the clause around `position` (segmented now if the clause was skipped). */
  private tokensAround(position: number): Token[] {
    let lo = 0;
    let hi = this.clauseStarts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (position < this.clauseStarts[mid]!) hi = mid - 1;
      else if (position >= this.clauseEnds[mid]!) lo = mid + 1;
      else {
        const start = this.clauseStarts[mid]!;
        return this.clauseTokens.get(start) ?? this.tokensOf(start, this.text.slice(start, this.clauseEnds[mid]!));
      }
    }
    return [];
  }

  private add(start: number, end: number, via: string): void {
    if (end - start >= 2) this.candidates.push({ start, end, via });
  }

  private clause(tokens: Token[], index: number): void {
    for (const list of findLists(this.text, tokens)) this.list(list, index);
    this.legalForms(tokens);
    this.centralSoes(tokens);
    this.leadRoles(tokens);
    this.triggeredSingles(tokens);
    this.projectFronts(tokens);
    this.shapedNames(tokens);
    this.investors(tokens);
  }

  /**
   * A trade name with its industry word anywhere in a read clause (`春野牧业`,
   * `金风科技`), unless a class or facility word follows (`X煤化工产业`).
   */
  private shapedNames(tokens: Token[]): void {
    for (let k = 1; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (!isStrongIndustryWord(token.word)) continue;
      const next = tokens[k + 1];
      // `成眉市域铁路|S5线`: a line code after the industry word makes it a route, not a firm
      if (next && (nonFirmEnding("X" + next.word) !== null || CLASS_AFTER_NAME.test(next.word) || /^[A-Za-z]/.test(next.word))) continue;
      const first = nameStartIndex(tokens, k);
      if (first === null || !isClearLeftEdge(tokens[first - 1])) continue;
      const start = tokens[first]!.start;
      if (token.start - start < 2 || token.end - start > 10) continue;
      if (isFirmShaped(this.text.slice(start, token.end))) this.add(start, token.end, "shape");
    }
  }

  /** `永东化工总投资2.94亿元的…`, `国瑞光伏投资4.7亿元的…`: the investor named before the amount. */
  private investors(tokens: Token[]): void {
    if (tokens.length === 0) return;
    const from = tokens[0]!.start;
    const clause = this.text.slice(from, tokens.at(-1)!.end);
    for (const m of clause.matchAll(INVESTOR_BEFORE)) {
      const at = from + m.index;
      const first = tokens.findIndex((t) => t.start === at);
      if (first <= 0) continue;
      const start = nameStartIndex(tokens, first - 1);
      if (start === null || !isClearLeftEdge(tokens[start - 1])) continue;
      const name = this.text.slice(tokens[start]!.start, at);
      // a bare name needs the amount to be followed by what it builds (`投资X亿元的`)
      if (name.length <= 8 && (isLooseFirmName(name) || (m[1] !== undefined && isBareName(name, 4)))) this.add(tokens[start]!.start, at, "investor");
    }
  }

  private list(list: ItemList, clause: number): void {
    const via = `list:${list.head}`;
    if (list.head === "firm") {
      // `光伏、陶瓷、蚕桑等产业链企业`: industries whose firms the head names, when most items are sector words
      if (list.items.filter((item) => isSectorPhrase(item.text)).length * 2 >= list.items.length) return;
      for (const item of list.items) if (firmListItemOk(item)) this.add(item.start, item.end, via);
      return;
    }
    if (list.head === "other") return;
    let shaped = false;
    // bare trade names stand for their projects when they are (at least half of) the items
    const bare = list.head === "project" ? list.items.filter((item) => isBareProjectFirm(item.text)) : [];
    const bareList = bare.length * 2 >= list.items.length;
    for (const item of list.items) {
      const front = isFirmShaped(item.text) ? item.text.length : firmShapedFront(item.text);
      if (front !== null) {
        this.add(item.start, item.start + front, via);
        shaped = true;
      } else if (bareList && bare.includes(item)) this.add(item.start, item.end, `${via}:bare`);
      else if (list.head === "project") this.projectFront(item.start, item.text, via);
    }
    const triggered = list.trigger !== null && LIST_TRIGGERS.has(list.trigger);
    this.openLists.push({ list, supported: shaped || triggered, shaped, clause });
  }

  /** `…有限公司`, `…集团`, `…银行`: back from the legal form over name-like tokens. */
  private legalForms(tokens: Token[]): void {
    if (tokens.length === 0) return;
    const from = tokens[0]!.start;
    const to = tokens.at(-1)!.end;
    const clause = this.text.slice(from, to);
    for (const m of clause.matchAll(LEGAL_FORM)) {
      const suffixStart = from + m.index;
      let found = legalNameStart(tokens, suffixStart);
      if (found === null) continue;
      // `云岚酒庄（|宁夏云岚葡萄酒业有限公司）`: the name starts after a bracket it does not close
      const open = this.text.slice(found, suffixStart).search(/[(（][^()（）]*$/);
      if (open >= 0) found += open + 1;
      const classWord = afterClassWord(this.text.slice(found, suffixStart));
      const placed = brokenPlaceStart(tokens, found + Math.max(classWord, gluedPreposition(this.text, found, suffixStart)), this.text);
      const start = placed + leadingContextLength(this.text.slice(placed, suffixStart));
      const end = suffixStart + m[0].length;
      const name = this.text.slice(start, end);
      const before = tokens.findLast((t) => t.end <= start);
      // as clear an edge as punctuation: 的 that ends what describes the firm (`总投资32.5亿元的|云南泰和…`),
      // a lead-in word cut off the front (`港资|恒晖…`), a class word just before the name (`县属国企|…`)
      const clearLeft = isClearLeftEdge(before) || before?.word === "的" || start > placed || (classWord > 0 && start === found + classWord);
      if (legalNameOk(name, m[0], clearLeft)) this.add(start, end + branchLength(this.text, end), "legal");
    }
  }

  /**
   * A central SOE, with what makes it one of its units: a branch at a place
   * (`中国银行信丰支行`, `国家电网赣州供电公司`) or a subsidiary named by its
   * industry (`华润电力`, `华能新能源`); numbered bureaus of the builders
   * (`中铁二十三局`).
   */
  private centralSoes(tokens: Token[]): void {
    for (const token of tokens) {
      const end = this.centralSoeEnd(tokens, token);
      // `国网江苏省电力有限公司|沭阳县供电分公司`: a unit's legal name goes on with its branch
      if (end !== null) this.add(token.start, end + (/公司$/.test(this.text.slice(token.start, end)) ? branchLength(this.text, end) : 0), "soe");
      else if (SOE_STEMS.has(token.word)) {
        // `华电|国际`, `华能|新能源`: a group's short form with the word of its listed or sector unit
        const unit = SOE_UNIT.exec(this.text.slice(token.end, token.end + 4))?.[0] ?? industrySuffixAt(this.text, token.end);
        if (unit) this.add(token.start, token.end + unit.length, "soe");
      }
    }
    if (tokens.length === 0) return;
    const from = tokens[0]!.start;
    for (const m of this.text.slice(from, tokens.at(-1)!.end).matchAll(SOE_BUREAU)) this.add(from + m.index, from + m.index + m[0].length, "soe");
  }

  /**
   * Where a central SOE named from `token` on ends, with its unit: in one
   * token, cut in several on a word edge (`中国|移动`), or ending inside a word
   * the segmenter glued to its unit's name (`中国|化学工程|第七建设有限公司`),
   * which counts only with the unit after it.
   */
  private centralSoeEnd(tokens: readonly Token[], token: Token): number | null {
    if (isCentralSoe(token.word)) return token.end + this.soeUnitLength(token.end);
    const length = CENTRAL_SOE_NAMES.longestAt(this.text, token.start, Math.min(this.text.length, token.start + MAX_SOE_NAME));
    if (length === 0 || length === token.word.length) return null;
    const end = token.start + length;
    const unit = this.soeUnitLength(end);
    if (length > token.word.length && tokens.some((t) => t.end === end)) return end + unit;
    return unit > 0 ? end + unit : null;
  }

  private soeUnitLength(end: number): number {
    const after = this.text.slice(end, end + 14);
    const numbered = SOE_NUMBERED_UNIT.exec(after);
    if (numbered && numbered[0].length > 3) return numbered[0].length;
    // `中国化学|工程第七建设有限公司`: the unit's registered name goes on to its legal form
    const registered = SOE_REGISTERED_UNIT.exec(after);
    if (registered && !NOT_IN_A_UNIT_NAME.test(registered[0])) return registered[0].length;
    const place = leadingPlaceLength(after) || (GREAT_REGION.exec(after)?.[0].length ?? 0);
    if (place > 0) {
      const branch = SOE_BRANCH.exec(after.slice(place));
      return branch ? place + branch[0].length : 0;
    }
    const suffix = industrySuffixAt(after, 0);
    if (!suffix) return 0;
    const next = after.slice(suffix.length);
    // `中海油天然气|管网`: the industry word of a facility, not a subsidiary
    if (CLASS_AFTER_NAME.test(next) || PROJECT_HEADS.startingAt(next, 0) !== null || nonFirmEnding("X" + next.slice(0, 2)) !== null || industrySuffixAt(next, 0) !== null) return 0;
    const legal = LEGAL_AFTER.exec(next);
    return suffix.length + (legal ? legal[0].length : 0);
  }

  /** `以银光镁业为龙头`. */
  private leadRoles(tokens: Token[]): void {
    if (tokens.length === 0) return;
    const from = tokens[0]!.start;
    const clause = this.text.slice(from, tokens.at(-1)!.end);
    for (const m of clause.matchAll(LEAD_ROLE)) {
      const name = m[1]!;
      if (name.includes("、") || name.includes("等")) continue;
      if (isLooseFirmName(name) || isBareName(name, 4)) this.add(from + m.index + 1, from + m.index + 1 + name.length, "lead-role");
    }
  }

  /** `引进美图美事,` / `支持三馨食品申报…` / `世界500强正威…`: one firm-shaped name after a trigger. */
  private triggeredSingles(tokens: Token[]): void {
    for (let k = 0; k < tokens.length - 1; k++) {
      if (!TRIGGERS_OF_SINGLE.has(tokens[k]!.word)) continue;
      const via = `trigger:${tokens[k]!.word}`;
      const first = this.singleNameAt(tokens, tokens[k + 1]!.word === "了" ? k + 2 : k + 1);
      if (!first) continue;
      this.add(first.start, first.stop, via);
      // `引进了深圳鑫诺精密和长沙盈科新能源`: a second firm joined to the first
      if (JOINERS.has(tokens[first.next]?.word ?? "")) {
        const second = this.singleNameAt(tokens, first.next + 1, true);
        if (second) this.add(second.start, second.stop, via);
      }
    }
    const from = tokens[0]?.start ?? 0;
    const clause = this.text.slice(from, tokens.at(-1)?.end ?? from);
    const ranked = RANKING_PREFIX.exec(clause);
    if (ranked) {
      const start = from + ranked.index + ranked[0].length;
      const rest = this.text.slice(start, start + 12);
      const span = firmInProjectName(rest, this.home);
      if (span && span[0] === 0) this.add(start, start + span[1], "ranking");
    }
  }

  /** A firm-shaped name from token `at` to the end of the name (`引进美图美事,`), with the index of the token after it. */
  private singleNameAt(tokens: Token[], at: number, nextToFirm = false): { start: number; stop: number; next: number } | null {
    if (at >= tokens.length) return null;
    let end = at;
    while (end < tokens.length && !endsSingleName(tokens[end]!) && tokens[end]!.end - tokens[at]!.start <= 12) end++;
    if (end === at || tokens[end]?.word === "、" || tokens[end]?.word === "等") return null;
    const start = tokens[at]!.start;
    const stop = tokens[end - 1]!.end;
    const name = this.text.slice(start, stop);
    const after = this.text.slice(stop, stop + 6);
    const closes = end >= tokens.length || isPunctuation(tokens[end]!) || isVerb(tokens[end]!) || /^[和与同及]/.test(after) || PREDICATES.some((p) => after.startsWith(p));
    // next to a firm, a place and a trade name will do (`北京|康味源`)
    const shaped = isFirmShaped(name) || (nextToFirm && placedTradeName(name));
    return closes && shaped && !nonFirmEnding(name) ? { start, stop, next: end } : null;
  }

  /** Firms at the front of project names: after `总投资X亿元的` and before `项目`. */
  private projectFronts(tokens: Token[]): void {
    if (tokens.length === 0) return;
    const from = tokens[0]!.start;
    const to = tokens.at(-1)!.end;
    const clause = this.text.slice(from, to);
    for (const m of clause.matchAll(INVESTMENT_OF)) {
      // `国家电投…有限责任公司投资24.6亿元的|塘川…项目`: the investor is named, the front is a place
      if (NAMED_INVESTOR_BEFORE.test(clause.slice(0, m.index))) continue;
      const start = from + m.index + m[0].length;
      const stop = projectEnd(this.text, start, to);
      if (stop - start >= 3) this.projectFront(start, this.text.slice(start, stop), "invest");
    }
    for (const m of clause.matchAll(PROJECT_HEAD_OR_PREDICATE)) {
      const at = from + m.index;
      // `强农惠农项目264个`: a class of projects with its count
      if (/^项目[0-9一二三四五六七八九十百]+(?:余)?个/.test(this.text.slice(at, at + 8))) continue;
      const start = nameStartBefore(tokens, at);
      if (start === null || at - start < 3 || NAMED_INVESTOR_BEFORE.test(this.text.slice(from, start))) continue;
      this.projectFront(start, this.text.slice(start, at), "project");
    }
  }

  private projectFront(start: number, name: string, via: string): void {
    const verbs = leadingVerbsLength(name) || leadingContextLength(name);
    if (name.length - verbs >= 3) {
      start += verbs;
      name = name.slice(verbs);
    }
    // `以|诚荣年产…项目为引领`: a preposition the segmenter glued to the name
    if (LEADING_PREPOSITION.test(name) && name.length >= 4) {
      start += 1;
      name = name.slice(1);
    }
    if (via === "project" && isBareProjectFirm(name)) {
      this.add(start, start + name.length, "project:bare");
      return;
    }
    const span = firmInProjectName(name, this.home);
    if (!span) return;
    const firm = name.slice(span[0], span[1]);
    if (nonFirmEnding(firm) || isSectorPhrase(firm)) return;
    this.add(start + span[0], start + span[1], `${via}:front`);
  }

  /**
   * Lists without a firm head whose items include a firm (by shape, by a
   * trigger verb, or found elsewhere): the other trade-name items are firms
   * too; an item that starts with a known firm is that firm plus a product
   * (`美西林常山酮`).
   */
  listsWithKnownFirms(): void {
    const known = new Set<string>();
    for (const { start, end } of this.candidates) {
      const name = this.text.slice(start, end);
      known.add(name);
      const core = tradeCore(name);
      if (core.length >= 2) known.add(core);
    }
    this.readListOnlyClauses(known);
    for (const { list, supported, shaped } of this.openLists) {
      const knownItem = list.items.some((item) => known.has(item.text) || known.has(tradeCore(item.text)) || knownPrefixOf(item.text, known));
      if (!supported && !knownItem) continue;
      const prefixes = list.items.map((item) => (known.has(item.text) ? undefined : knownPrefixOf(item.text, known)));
      const firmsWithProducts = prefixes.some((prefix) => prefix !== undefined);
      list.items.forEach((item, i) => {
        if (known.has(item.text)) return;
        const prefix = prefixes[i];
        if (prefix) {
          // `汀江大桥` in a list of works is a bridge, not the firm `汀江` and a product
          if (!LANDFORM_END.test(prefix) || nonFirmEnding(item.text) === null) this.add(item.start, item.start + prefix.length, "list:known-prefix");
        }
        else if (this.isListMate(item.text, shaped)) this.add(item.start, item.end, "list:mate");
        else {
          const span = firmInProjectName(item.text, this.home, firmsWithProducts);
          if (span) this.add(item.start + span[0], item.start + span[1], "list:firm-product");
        }
      });
    }
  }

  /**
   * The lists of the clauses left for later that hold a known name: an item
   * is known only if the clause holds the name (or a trade core, or a known
   * prefix: all parts of the item's text). Their lists go in text order.
   */
  private readListOnlyClauses(known: ReadonlySet<string>): void {
    if (this.listOnlyClauses.length === 0 || known.size === 0) return;
    const names = new WordIndex(known);
    let read = false;
    for (const index of this.listOnlyClauses) {
      const start = this.clauseStarts[index]!;
      const clause = this.text.slice(start, this.clauseEnds[index]!);
      if (!names.occursIn(clause)) continue;
      for (const list of findLists(this.text, this.tokensOf(start, clause))) this.list(list, index);
      read = true;
    }
    if (read) this.openLists.sort((a, b) => a.clause - b.clause);
  }

  /** Every occurrence of a found name or its trade core, extended by a place before or an industry word after. */
  propagate(): void {
    const forms = new Set<string>();
    for (const { start, end } of this.candidates) {
      const name = this.text.slice(start, end);
      for (const form of [name, tradeCore(name)]) if (propagatable(form)) forms.add(form);
    }
    if (forms.size === 0) return;
    const index = new WordIndex(forms);
    for (let at = 0; at < this.text.length; ) {
      const form = index.startingAt(this.text, at);
      if (form === null) {
        at++;
        continue;
      }
      let start = at;
      let end = at + form.length;
      at = end;
      // `乌审草原红牛`: a short form must stand as a word of its own (`草原红` is no firm there)
      if (form.length <= 3 && !this.isWordAt(start, end)) continue;
      const suffix = form === tradeCore(form) && !isCentralSoe(form) ? industrySuffixAt(this.text, end) : null;
      // a weak industry word belongs to the name when the name ends with it (`长沙盈科新能源,`)
      if (suffix && (!isWeakSuffix(suffix) || NAME_END_AFTER.test(this.text.slice(end + suffix.length, end + suffix.length + 1)))) end += suffix.length;
      const legal = LEGAL_AFTER.exec(this.text.slice(end, end + 6));
      if (legal) end += legal[0].length;
      // `汀江大桥`, `汀江流域`: a trade core that is also a river's or place's name, before what is built there
      else if (suffix === null && LANDFORM_END.test(form) && this.facilityAfter(end)) continue;
      start -= placeBefore(this.text, start);
      this.add(start, end, "propagated");
    }
  }

  private facilityAfter(at: number): boolean {
    const next = this.text.slice(at, at + 4);
    return PROJECT_HEADS.startingAt(next, 0) !== null || NON_FIRM_HEADS.startingAt(next, 0) !== null || LANDSCAPE_AFTER.test(next);
  }

  private isWordAt(start: number, end: number): boolean {
    const tokens = this.tokensAround(start);
    if (!tokens.some((t) => t.start === start) && placeBefore(this.text, start) === 0) return false;
    return tokens.some((t) => t.end === end) || industrySuffixAt(this.text, end) !== null || /^[0-9(（]/.test(this.text.slice(end, end + 1));
  }

  /**
   * An item next to firms in a list: a bare trade name, a loose trade name
   * with an industry word, or a distant place's short name used as a trade
   * name (`海丰`).
   */
  private isListMate(name: string, shapedMates: boolean): boolean {
    if (isBareName(name, 6)) return true;
    if (shapedMates && name.length === 2 && isPlaceName(name) && !this.home.has(name)) return true;
    if (shapedMates && name.length <= 4 && !nonFirmEnding(name) && !endsWithActivity(name) && isLooseTradeName(name) && hasNameToken(name)) return true;
    const suffix = endsWithIndustrySuffix(name);
    if (suffix === null || nonFirmEnding(name)) return false;
    const place = leadingPlaceLength(name);
    const core = name.slice(place, -suffix.length);
    if (core === "") return !this.home.has(name.slice(0, place));
    // `葡萄|酒庄`: one common noun before the industry word is the product, not a trade name
    return isLooseTradeName(core) && !isCommonNoun(core);
  }

  /** `闻喜玻璃`, `山西药茶`: the report's own place with an industry word is a sector, not a firm. */
  private isHomeSector(name: string): boolean {
    // `四川银行`, `龙游通衢精密机械有限公司`, `山东文旅集团`: a bank or a firm-shaped legal name is a firm
    if (LEGAL_OR_BRANCH_END.test(name) || (/(?:集团|公司)$/.test(name) && isFirmShaped(name))) return false;
    const place = leadingPlaceLength(name);
    if (place === 0 || !this.home.has(name.slice(0, place))) return false;
    const rest = name.slice(place);
    return rest === "" || industrySuffixAt(rest, 0) === rest || (!isLooseTradeName(rest) && !isFirmShaped(rest));
  }

  /** Non-overlapping mentions, longest first; slogan spans only when a firm list names them. */
  mentions(earlier: readonly Mention[]): Candidate[] {
    const claimed = new Uint8Array(this.text.length);
    for (const m of earlier) if (m.type !== "County") claimed.fill(1, m.start, m.end);
    const taken = new Uint8Array(this.text.length);
    const sorted = [...this.candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Candidate[] = [];
    for (const candidate of sorted) {
      if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
      if (candidate.via !== "list:firm" && claimed.subarray(candidate.start, candidate.end).includes(1)) continue;
      // `乌审绒业、…等企业`: an explicit list of firms says the place + industry word is a firm
      if (candidate.via !== "list:firm" && this.isHomeSector(this.text.slice(candidate.start, candidate.end))) continue;
      taken.fill(1, candidate.start, candidate.end);
      kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  }
}
