/**
 * Project items
 * =============
 *
 * Decides what one list item is, from how it ends and what it holds:
 *   noun head       新县人民医院, 钢四路, 颐峰水库建设项目
 *   action head     太风东街提升改造, 槐东路北延, 姚暹渠综合治理
 *   production      牧原生猪养殖, 年产80万吨冷轧带钢
 *   abstract head   营商环境, 招商引资 (a task, never a project)
 *   none            晋和云数据, 5G应用 (a project only when the frame says so)
 * and whether it names something specific (a place, a firm, a number, an
 * unknown word) or only a class (污水处理厂, 老旧小区改造).
 */
import {
  COUNT_UNITS,
  PROJECT_ABSTRACT_HEADS,
  PROJECT_ACTION_HEADS,
  PROJECT_NOUN_HEADS,
  PROJECT_PRODUCTION_WORDS,
} from "../data/project-words.ts";
import type { Token } from "../segment.ts";
import { isTwoWordPhrase, wordFrequency } from "./company-vocabulary.ts";
import { segmentPhrase } from "./project-text.ts";
import { WordTrie } from "./word-trie.ts";

export type ItemKind = "noun" | "action" | "production" | "abstract" | "none";

export interface ItemReading {
  /** The text read: the item without a trailing bracket (`强化项目(zhǎn)`), a road without its section. */
  readonly item: string;
  readonly kind: ItemKind;
  /** A head that makes a project on its own (项目, 工程, 水库, 医院 ...). */
  readonly strong: boolean;
  /** The head is 工程 / 项目 (campaigns are called 工程 too: 村庄清洁工程). */
  readonly programme: boolean;
  /** The text before the head has a proper word: a place, firm, number, unknown word. */
  readonly proper: boolean;
  /** Characters before the head in words that are not generic modifiers (老旧, 重点, 民生). */
  readonly nameChars: number;
  /** Roads, streets, lines and bridges: a two-character name is enough (舜帝街). */
  readonly road: boolean;
  /** Characters of a road's name without directions (创新大道: 2, 南大街: 0). */
  readonly roadName: number;
  /** For action heads: the object before the action ends in a noun head (太风东街|提升改造). */
  readonly concreteObject: boolean;
  /** Specific only because a firm of the report is named inside (set by the extractor, not by `readItem`). */
  readonly firm?: boolean;
  /** A firm of the report is named inside, whatever else makes the item specific. */
  readonly namesFirm?: boolean;
  /** The action is a bare upgrade (提升, 提质) that also ends campaigns (文明城市提升). */
  readonly weakAction: boolean;
  /** Length of the text before the head (the whole item for `none`). */
  readonly headStart: number;
}

/** Heads that make a project without any help from the clause around them. */
const STRONG_HEADS = [
  "项目", "工程", "产业园", "工业园", "物流园", "科技园", "示范园", "产业谷", "电站", "电厂", "热电厂", "变电站",
  "发电厂", "风电场", "光伏电站", "储能电站", "水库", "调蓄库", "水厂", "污水厂", "污水处理厂", "污水处理站",
  "垃圾处理厂", "生产线", "高速公路", "铁路", "公路", "旅游路", "大道", "大街", "医院", "卫生院", "中医院", "学校",
  "中学", "小学", "幼儿园", "党校", "综合体", "纪念馆", "博物馆", "文博馆", "体育馆", "图书馆", "展览馆", "安置房",
  "回迁小区", "安置小区", "住院楼", "综合楼", "隧道", "大桥", "机场", "加气站", "加油站", "派出所", "热电联产",
  "文创园", "孵化基地", "养殖基地", "种植基地", "创新中心", "交易市场", "商业综合体",
  "步行街", "风情街", "公园", "广场", "小镇", "文创馆", "商业圈", "商圈", "商务区",
];

const NOUN_END = WordTrie.backward(PROJECT_NOUN_HEADS);
const STRONG_END = WordTrie.backward(STRONG_HEADS);
const ACTION_END = WordTrie.backward(PROJECT_ACTION_HEADS);
const ACTION_WORDS = new Set(PROJECT_ACTION_HEADS);
const ABSTRACT_END = WordTrie.backward(PROJECT_ABSTRACT_HEADS);
const PROGRAMME_END = /(?:项目|工程)$/;
const WEAK_ACTION = /^(?:提升|综合提升|提质)$/;
/** `王东线(舜王路)`, `静兴高速(岚县段)`: the head is read before the brackets. */
const TRAILING_BRACKET = /[(（][^()（）]*[)）]$/;
/** `龙丽温高速龙游段`, `209国道蕉城至新铺段`: a road, then the place or stretch of the section. */
const ROAD_SECTION = /^(.{2,}?(?:高速公路|高速|公路|铁路|高铁|大道|国道|省道|快速路|航道|轻轨|风光带|景观带|绿化带|绿道|环线))[\u4e00-\u9fa5]{1,10}段$/;
/** A production or assembly line (生产线, 流水线) is no road. */
const ROAD_END = /(?:路|街|大道|大街|(?<!生产|流水|装配)线|桥|公路|高速|铁路|通道|环线)$/;
/** `县党校`, `区职教中心`, `开发区服务中心`: the administrative level (or the zone) names the institution of the place. */
const LEVEL_PREFIX = /^(?:开发区|经开区|高新区|(?:县直|区直|市直|县|区|市)(?![城区级镇乡委场域民块长直属]))/;
const PRODUCTION = WordTrie.forward(PROJECT_PRODUCTION_WORDS);
const STARTS_WITH_COUNT = new RegExp(`^(?:\\d+|[一二三四五六七八九十两百千几]+)[${COUNT_UNITS}大](?!性)`);
const COUNT_INSIDE = new RegExp(`(?:\\d+|[一二三四五六七八九十两几]+)[个家项批](?!性)`);
const ENDS_WITH_AMOUNT = /(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千万]+)(?:余|多)?(?:万|亿)?(?:亩|公里|千米|米|平方米|平米|公顷|吨|头|只|户|人|元|个|家|座|处|条|所|套|台|项|件|次|场|栋|间|眼|辆|度|千瓦|兆瓦|万千瓦|兆瓦时|千瓦时|立方米|%)$/;
/** An award or a title, not a build: 获评X示范基地. */
const TITLE_VERB = /获评|荣获|被评为|评为|创建为|命名为|被命名|入选|获批|授予|成功创建|列入|纳入|晋升|升级为|达到|花落/;
/** Words that show the item is a clause, not a name: 滨河路为中轴, 动车停靠榆社西站, 以资源引项目. */
const CLAUSE_WORDS = /[^民]为|作为|是|了|各|这个|这些|那个|方面|还将|参与|对接|于一体|^集(?:研发|生产|加工|销售|种植|养殖|仓储|物流|旅游|休闲|观光|餐饮|住宿|商贸|办公|展示|展销|展览|科研|科普|研学|体验|培训|康养|文化|娱乐|购物|居住|产学研|吃住)|最[大强多高好优佳]|通过|可达|停靠|走向|提出|实现|入驻|进驻|以上|以下|以内|控制在|或|《|》|见真章|力争|确保|今年|尽快|^的|^(?:19|20)\d{2}年|分别|(?:县|市|区|旗|政府)[与对]|在(?:我|本|全)[县市区旗]|^(?:合并|撤并|托管)|(?:承建|代建|承接)$|出席|宣布|召开|洽谈|(?:将|要)(?:持续|继续|全力|加快|大力)|(?:发布|推进|座谈|签约|推介|洽谈|招商|博览)会|我们|他们|咱们|请问|负责|^(?:让|使|令)|走进|来到|走访|之一$|计划$|主持|介绍|提供|后将|哪些|加大|(?:企业|公司)(?:建设|实施|新建)|^\d+(?:\.\d+)?(?:亿|万)?元|[^报签迟直]到(?![岸位])/;
/** `一期主体工程`, `3号厂房`: a phase or numbered building of a project named before. */
const PART_OF_A_PROJECT = /^(?:[一二三四五六七八九十\d]+期(?:主体)?工程|\d+号(?:厂房|楼|车间|仓库|库房|宿舍楼|机组))$/;
/** `大象农牧创建重点实验室`: a subject, a founding verb and what it founds is a clause, not a name. */
const FOUNDING_INSIDE = /[\u4e00-\u9fa5]{2}(?:创建|建立|组建|成立|建成(?!区))[\u4e00-\u9fa5]{2}/;
/** Registers kept by offices (人才数据库, 高新技术企业培育库, 前期库), not storage built: 水库, 冷库, 储备库 are. */
const REGISTER = /(?:前期|培育|人才|项目|企业|专家|信息|案例|数据|资料|招商|题)库$/;
const STARTS_WITH_PROGRAMME_WORD = /^(?:项目|工程|建设(?![路街巷桥])|重点|一批|各类|相关|其他|其它|所有|全部|部分|一些|多个|若干|上述|这些|该|此)/;
const FULLY_QUOTED = /^[“"「『][^”"」』]*[”"」』]$/;
/** Titles and goals: 4A级景区, 玻璃之城, 在冯村 (a place list). */
const TITLE_OR_PLACE = /A级|之城|之都|之乡|^在(?!建)|(?:强|示范|大|名|百强)[县市区]$/;
/** Dates and rates: 10月底, 7月1日前, 率达60%. */
const DATE_OR_RATE = /\d+月|\d+日|年底|月底|月份|上半年|下半年|学期|率达|%|分钟|小时/;
/** `6万平米标准化厂房`: an area of a class of buildings. */
const STARTS_WITH_AREA = /^(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千][一二三四五六七八九十两百千万]*)(?:余|多)?万?(?:平米|平方米|平方公里|亩|公顷)/;
/** Lengths, areas and counts (619公里, 24万平方米) say nothing about which project it is; capacities (年产106万吨) do. */
const MEASURES = /(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千万]+)(?:余|多)?(?:万|亿)?(?:公里|千米|米|平方米|平米|平方公里|亩|公顷|栋|户|人|场|次|个|家|座|所|条|处|项|5G)|5G/g;
const MEASURE = new RegExp(`^(?:${MEASURES.source})$`);
const PROPER_MARK = /[\dA-Za-z第期]/;
const PROPER_TAGS = new Set(["ns", "nr", "nrt", "nrfg", "nz", "x", "eng"]);
const FREQUENT_WORD = 1000;

/** A token that names something: a place, person or unknown word the segmenter could not split, of two characters or more. */
function isNameToken(t: Token): boolean {
  return PROPER_TAGS.has(t.tag) && t.word.length >= 2 && !MEASURE.test(t.word) && !NOT_A_NAME.test(t.word) && !ACTION_WORDS.has(t.word) && !isTwoWordPhrase(t.word) && !isFrequentPersonTag(t);
}

/** `生态|文明/nr`: a frequent word the segmenter's dictionary calls a person's name is a common word. */
function isFrequentPersonTag(t: Token): boolean {
  return (t.tag === "nr" || t.tag === "nrfg") && wordFrequency(t.word) >= FREQUENT_WORD;
}
/** Modifiers that only classify (重点, 民生, 老旧): a name made only of them names a class. */
const GENERIC_WORDS = new Set([
  "重点", "重大", "新", "新建", "在建", "续建", "新开工", "基础设施", "民生", "产业", "工业", "农业", "县级", "市级",
  "省级", "国家级", "各类", "一批", "相关", "配套", "城市", "农村", "乡村", "县城", "城区", "全县", "全市", "老旧",
  "标准化", "示范", "现代", "公共", "社会", "大型", "中小", "各", "该", "这些", "建设", "项目", "工程", "小区",
  "小街小巷", "背街小巷", "街巷", "道路", "路网", "管网", "厕所", "户厕", "旱厕", "危房", "校舍", "村庄", "老旧小区",
  "城中村", "棚户区", "棚改", "基础", "设施", "市政", "公益性", "便民", "综合", "集中", "供热", "供水", "排水",
  "污水", "雨污", "分流", "燃气", "电力", "通信", "5G", "基站", "安全", "饮水", "农田", "水利", "高标准", "乡镇",
  "县", "区", "市", "镇", "乡", "村", "中心", "特色", "优质", "高端", "智慧", "数字", "绿色", "生态", "文化",
  "公办", "民办", "公立", "普惠性", "普惠", "新型", "一流", "高品质", "精品", "主城", "给排水", "冷链", "地下",
  "新老", "各级", "市区", "城乡", "乡村振兴", "节能", "环保", "省市级", "市县", "更多", "规模化", "龙头",
  "循环", "骨干", "主干", "园区", "断头", "商业", "服务", "生活", "企业", "就业", "创业", "农业", "林业", "健康",
  "人民", "公立", "中试", "孵化", "实践", "科研", "专家", "院士", "研究生", "双创", "众创", "创新", "行业", "深度",
  "广度", "资源", "智能化", "智慧", "公共安全", "拓宽", "屠宰", "田园", "交通", "秩序", "冷链", "文旅", "医养",
  "提档", "提标", "棚改", "南延", "北延", "东延", "西延", "旧城", "新区", "城市", "美丽", "景区", "旅游",
  "固废", "面源", "污染", "垃圾", "现代化", "干线", "县际", "博士后", "保鲜",
]);
/** Common words that end in a one-character head but name no facility (部门, 电池, 思路, 渠道). */
const NOT_A_FACILITY = new Set([
  "部门", "专门", "热门", "窍门", "国门", "大门", "电池", "水池", "农场", "现场", "立场", "战场", "职场", "市场主体",
  "赛场", "考场", "牧场", "林场", "会场", "剧场", "官场", "下场", "商场", "城市", "进城", "全城", "县城", "名城", "京城",
  "长城", "古城", "新城", "数据库", "人才库", "项目库", "智库", "资料库", "金库", "题库", "场所", "研究所", "厕所",
  "住所", "事务所", "诊所", "处所", "法院", "学院", "剧院", "庭院", "大院", "检察院", "研究院", "设计院", "宾馆",
  "网站", "一站", "路线", "一线", "防线", "底线", "红线", "生命线", "热线", "主线", "战线", "在线", "上线", "视线",
  "沿线", "前线", "界线", "连线", "思路", "道路", "出路", "门路", "新路", "一路", "之路", "老路", "弯路", "套路",
  "渠道", "高校", "院校", "母校", "大厅", "展厅", "高楼", "阁楼", "楼盘", "港澳", "香港", "口岸", "卫生院所",
  "校园", "家园", "田园", "乐园", "花园", "庄园", "果园", "菜园", "茶园", "陵园",
]);

/** Words tagged as names by the segmenter that are ordinary words in reports. */
const NOT_A_NAME = /^[\p{P}\p{S}]+$|^[一二三四五六七八九十]+$/u;

/**
 * The kind an item's ending suggests, from the word lists alone (no
 * segmentation): lets the extractor skip items that cannot become projects
 * before it pays for tagging them. A one-character noun head may still be
 * refused by `readItem` (部门, 电池).
 */
export function endingKind(item: string): ItemKind {
  const core = withoutTrailingBracket(item);
  if (isRoadSection(core)) return "noun";
  const noun = NOUN_END.longestEndingAt(core);
  const action = ACTION_END.longestEndingAt(core);
  const abstract = ABSTRACT_END.longestEndingAt(core);
  const longest = Math.max(noun, action, abstract);
  if (longest === 0) return PRODUCTION.occursIn(core) ? "production" : "none";
  return longest === noun ? "noun" : longest === action ? "action" : "abstract";
}

/** Both patterns need a closing bracket or 段 at the end: most items are rejected by one character. */
function withoutTrailingBracket(item: string): string {
  return endsWithBracket(item) ? item.replace(TRAILING_BRACKET, "") : item;
}

function endsWithBracket(item: string): boolean {
  const last = item.charCodeAt(item.length - 1);
  return last === 0x29 || last === 0xff09;
}

function isRoadSection(item: string): boolean {
  return item.endsWith("段") && ROAD_SECTION.test(item);
}

/** Reads an item; `tokens` are its tokens if the caller has them (else it is segmented when needed). */
export function readItem(item: string, tokens?: readonly Token[]): ItemReading {
  return read(item, tokens ?? null);
}

function read(item: string, tokens: readonly Token[] | null): Reading {
  const bracketed = endsWithBracket(item) ? TRAILING_BRACKET.exec(item) : null;
  if (bracketed && bracketed.index >= 2) return read(item.slice(0, bracketed.index), null);
  // `龙丽温高速|龙游段`: a section of a road is read as the road
  const section = item.endsWith("段") ? ROAD_SECTION.exec(item) : null;
  if (section) {
    const road = read(section[1]!, null);
    road.strong = true;
    return road;
  }
  const reading = new Reading(item, tokens);
  // the longest head decides; on a tie noun before action before abstract
  const noun = nounHeadLength(item, reading);
  const action = ACTION_END.longestEndingAt(item);
  const abstract = ABSTRACT_END.longestEndingAt(item);
  const best = Math.max(noun, action, abstract);
  const kind: ItemKind = best === 0 ? (PRODUCTION.occursIn(item) ? "production" : "none") : best === noun ? "noun" : best === action ? "action" : "abstract";
  reading.settle(kind, best);
  return reading;
}

/**
 * What `readItem` finds. The parts that need the item's words (proper,
 * nameChars, concreteObject) are worked out when first asked: most items a
 * frame turns away are then never segmented.
 */
class Reading implements ItemReading {
  kind: ItemKind = "none";
  strong = false;
  programme = false;
  road = false;
  roadName = 0;
  weakAction = false;
  headStart = 0;
  private headLength = 0;
  private named: Token[] | null = null;
  private ownProper: boolean | null = null;
  private ownNameChars: number | null = null;
  private ownConcreteObject: boolean | null = null;
  /** Set by `withFirmCheck`: a firm of the report is named inside the item. */
  private firmInside: (() => boolean) | null = null;
  /** Set by `markProper`. */
  private forcedProper = false;

  constructor(
    readonly item: string,
    private tokens: readonly Token[] | null,
  ) {}

  /** Fills in what the head says (kind, its length) and what follows from it without the item's words. */
  settle(kind: ItemKind, headLength: number): void {
    const item = this.item;
    this.kind = kind;
    this.headLength = headLength;
    this.headStart = item.length - headLength;
    this.strong = kind === "noun" && STRONG_END.longestEndingAt(item) > 0;
    this.programme = kind === "noun" && PROGRAMME_END.test(item);
    this.road = kind === "noun" && ROAD_END.test(item);
    this.roadName = this.headStart;
    this.weakAction = kind === "action" && WEAK_ACTION.test(item.slice(this.headStart));
  }

  words(): readonly Token[] {
    return (this.tokens ??= segmentPhrase(this.item));
  }

  get proper(): boolean {
    return this.forcedProper || this.properOwn() || (this.firmInside !== null && this.firmInside());
  }

  get firm(): boolean | undefined {
    return this.firmInside !== null && this.firmInside() && !this.properOwn() ? true : undefined;
  }

  get namesFirm(): boolean {
    return this.firmInside !== null && this.firmInside();
  }

  get nameChars(): number {
    if (this.ownNameChars === null) {
      const headStart = this.headStart;
      this.ownNameChars = levelled(this.object(), this.headLength) ?? this.namedWords().reduce((n, t) => n + Math.min(t.end, headStart) - t.start, 0);
    }
    return this.ownNameChars;
  }

  get concreteObject(): boolean {
    if (this.ownConcreteObject === null) {
      // `长临河古镇|文旅|提升`, `虹溪古镇|保护|提升`: a field or a first work word after the built object
      const object = this.object();
      const built = FIELD_AFTER_OBJECT.exec(object)?.[1] ?? object;
      this.ownConcreteObject = this.kind === "action" && this.namedWords().length > 0 && nounHeadLength(built, this, built.length) > 0;
    }
    return this.ownConcreteObject;
  }

  setFirmCheck(firmInside: () => boolean): void {
    this.firmInside = firmInside;
  }

  markProper(): void {
    this.forcedProper = true;
  }

  /** A proper word before the head: a mark (digit, letter, 第, 期) outside measures, or a name token. */
  private properOwn(): boolean {
    this.ownProper ??= PROPER_MARK.test(this.object().replace(MEASURES, "")) || this.namedWords().some(isNameToken);
    return this.ownProper;
  }

  private object(): string {
    return this.item.slice(0, this.headStart);
  }

  private namedWords(): Token[] {
    if (this.named === null) {
      const headStart = this.headStart;
      this.named = this.words().filter((t) => t.start < headStart && !GENERIC_WORDS.has(t.word));
    }
    return this.named;
  }
}

/**
 * `reading` (fresh from `readItem`) counts as proper also when a firm of the
 * report is named inside the item; `firm` then says so. Returns `reading`.
 */
export function withFirmCheck(reading: ItemReading, firmInside: () => boolean): ItemReading {
  (reading as Reading).setFirmCheck(firmInside);
  return reading;
}

/** `reading` (fresh from `readItem`) is proper whatever its words. Returns `reading`. */
export function markProper(reading: ItemReading): ItemReading {
  (reading as Reading).markProper();
  return reading;
}

/** A field or a first work word after a built object (`古镇|文旅`, `古镇|保护`), before the work done on it. */
const FIELD_AFTER_OBJECT = /^(.{3,})(?:文旅|旅游|康养|景观|保护|修缮|开发|利用|展示)$/;

/**
 * Length of the noun head that ends `text` (0: none), the item of `reading`
 * or its start before `end`. A one-character head (门, 城, 所) counts only as
 * a word of its own or at the end of an unknown word (中禁门, 天悦城), not
 * inside a common word (部门, 电池, 农场): only then are the words needed.
 */
function nounHeadLength(text: string, reading: Reading, end = text.length): number {
  const length = NOUN_END.longestEndingAt(text);
  if (length !== 1) return length;
  if (text.length - 1 < 2) return 0;
  const last = lastTokenEndingBy(reading.words(), end);
  return last && last.end === text.length && NOT_A_FACILITY.has(last.word) ? 0 : 1;
}

/** The last of `tokens` (in text order) that ends at `end` or before. */
function lastTokenEndingBy(tokens: readonly Token[], end: number): Token | undefined {
  for (let n = tokens.length - 1; n >= 0; n--) if (tokens[n]!.end <= end) return tokens[n];
  return undefined;
}

/** Signs of a project in a clause: a multi-character head, or a build word. */
const CLAUSE_SIGNAL_WORDS = WordTrie.forward([
  ...[...PROJECT_NOUN_HEADS, ...PROJECT_ACTION_HEADS, ...PROJECT_PRODUCTION_WORDS].filter((w) => w.length >= 2),
  ...["建设", "建成", "投产", "投用", "开工", "竣工", "通车", "机组", "完工", "贯通", "封顶", "并网"],
]);
const SINGLE_CHAR_HEAD = charTable(PROJECT_NOUN_HEADS.filter((w) => w.length === 1).join(""));
/** What may follow a one-character head for it to count as a sign (a list mark, a build word). */
const AFTER_SINGLE_CHAR_HEAD = charTable("、和及等建项工改扩提新一二三四五(（”主完");

function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * Cheap test run before a clause is parsed: without any head, no item of it
 * can be a project. A head is multi-character, or a one-character head before
 * a list mark, a build word or the end of the clause.
 */
export function mayHoldProject(clause: string): boolean {
  return mayHoldProjectIn(clause, 0, clause.length);
}

/** `mayHoldProject` of the clause `text.slice(from, to)`, without slicing it. */
export function mayHoldProjectIn(text: string, from: number, to: number): boolean {
  return to - from >= 3 && (CLAUSE_SIGNAL_WORDS.occursIn(text, from, to) || singleCharHeadSignal(text, from, to));
}

function singleCharHeadSignal(text: string, from: number, to: number): boolean {
  const last = to - 1;
  for (let i = from; i <= last; i++) {
    if (SINGLE_CHAR_HEAD[text.charCodeAt(i)] === 1 && (i === last || AFTER_SINGLE_CHAR_HEAD[text.charCodeAt(i + 1)] === 1)) return true;
  }
  return false;
}

/** Only an item with a head that makes a project by itself can do without a frame (cheap pre-check). */
export function mayStandAlone(item: string): boolean {
  return STRONG_END.longestEndingAt(item) > 0;
}

/** Counts (4个风电, 高标准农田5万亩), titles, outline words and slogans are not names. */
export function isNeverAName(item: string): boolean {
  return (
    STARTS_WITH_COUNT.test(item) ||
    PART_OF_A_PROJECT.test(item) ||
    STARTS_WITH_AREA.test(item) ||
    ENDS_WITH_AMOUNT.test(item) ||
    COUNT_INSIDE.test(item) ||
    TITLE_VERB.test(item) ||
    STARTS_WITH_PROGRAMME_WORD.test(item) ||
    FULLY_QUOTED.test(item) ||
    TITLE_OR_PLACE.test(item) ||
    DATE_OR_RATE.test(item) ||
    CLAUSE_WORDS.test(item) ||
    FOUNDING_INSIDE.test(item) ||
    REGISTER.test(item) ||
    unbalancedQuotes(item) ||
    onlyActions(item) ||
    mostlyQuoted(item) ||
    item.endsWith("的")
  );
}

/**
 * `县党校`, `区职教中心`, `市文化艺术中心`: an institution of the county or
 * city is named by its level; the words after the level count as its name.
 */
function levelled(object: string, headLength: number): number | null {
  const m = LEVEL_PREFIX.exec(object);
  if (!m || headLength < 2) return null;
  return Math.max(4, object.length - m[0].length);
}

/** `美化绿化彩化亮化`: work on nothing named. */
function onlyActions(item: string): boolean {
  let end = item.length;
  for (let head = ACTION_END.longestEndingAt(item, end); head > 0 && end > 0; head = ACTION_END.longestEndingAt(item, end)) end -= head;
  return end === 0;
}

/** `“六新”项目`, `“吃住行游购娱”成龙`: a quoted slogan with a word or two around it. */
function mostlyQuoted(item: string): boolean {
  if (!/[“"]/.test(item)) return false;
  const outside = item.replace(/[“"][^”"]*[”"]/g, "").replace(/^(?:\d+(?:\.\d+)?(?:公里|米|个|项))+/, "");
  if (outside.length < 3) return true;
  const beforeNoun = outside.length - NOUN_END.longestEndingAt(outside);
  return beforeNoun - ACTION_END.longestEndingAt(outside, beforeNoun) < 2;
}

function unbalancedQuotes(item: string): boolean {
  let open = 0;
  let close = 0;
  let straight = 0;
  for (let i = 0; i < item.length; i++) {
    const code = item.charCodeAt(i);
    if (code === OPEN_QUOTE) open++;
    else if (code === CLOSE_QUOTE) close++;
    else if (code === STRAIGHT_QUOTE) straight++;
  }
  return open !== close || straight % 2 === 1;
}

const OPEN_QUOTE = "“".charCodeAt(0);
const CLOSE_QUOTE = "”".charCodeAt(0);
const STRAIGHT_QUOTE = '"'.charCodeAt(0);

function allGeneric(tokens: readonly Token[], headStart: number): boolean {
  return tokens.every((t) => t.start >= headStart || GENERIC_WORDS.has(t.word));
}
