/**
 * Project acceptance
 * ==================
 *
 * Whether an item read by project-item.ts is a project, given the evidence
 * of its clause (project-clause.ts): strong heads (医院, 水库, 项目) need only
 * a specific name; weak heads, construction actions and production lines need
 * a verb or predicate around them; bare names need a list of projects or a
 * build predicate. Goals (打造…基地), designations (申报…) and campaigns
 * called 工程 (村庄清洁工程) are turned away.
 */
import { BUILD_STAGE_WORDS } from "../data/project-words.ts";
import { findPlaces } from "../places.ts";
import type { ClauseFrame } from "./project-clause.ts";
import { markProper, readItem, withFirmCheck, type ItemReading } from "./project-item.ts";
import { WordTrie } from "./word-trie.ts";

/** Evidence of the clause: a trigger verb and a predicate (1-2 each), a list of projects and a stated investment (2 each). */
export function frameScore(frame: ClauseFrame): number {
  return frame.trigger + frame.predicate + (frame.listKind === "project" ? 2 : 0) + (frame.investment ? 2 : 0);
}

const GOAL_VERBS = new Set(["打造", "争创", "培育", "形成", "构建", "建设成", "打造成"]);
/** Verbs of a goal or of a finished build (建成长潭…游客服务中心): a goal only for unnamed or regional things. */
const BUILT_OR_GOAL_VERBS = new Set(["建成", "发展"]);
/** Verbs of applying for a title: what follows is a designation (申报国家现代农业产业园), not a build. */
const TITLE_VERBS = new Set(["申报", "争创", "成功申报", "争取"]);
const GOAL_HEADS = /(?:中心|基地|高地|洼地|集群|示范区|枢纽|集散地|目的地|新城|园区|孵化器|引擎|名片|窗口|首选地|带|走廊|廊道)$/;
/** Regions larger than any project: `黄河金三角地区现代物流中心` is a role the place aims at. */
const REGION_WORDS = /地区|区域|中西部|全国|全省|华北|西北|东北|西南|东南|中部|北方|南方|沿黄|国家级|省级|全市/;

/** `打造中西部精品钢生产基地`, `建设中部地区重要的电力外送基地`: a positioning goal, not a build. */
export function isGoal(reading: ItemReading, frame: ClauseFrame, name: string, ranked = false): boolean {
  if (reading.kind === "noun" && !reading.programme && frame.verbs.some((v) => TITLE_VERBS.has(v))) return true;
  if (reading.kind !== "noun" || !GOAL_HEADS.test(name)) return false;
  if (ranked) return true;
  // `智途物联北方研发中心`: a firm's own centre, not a region's ambition
  if (reading.namesFirm) return false;
  if (frame.verbs.some((v) => GOAL_VERBS.has(v))) return true;
  if (frame.verbs.some((v) => BUILT_OR_GOAL_VERBS.has(v)) && (REGION_WORDS.test(name) || (!reading.proper && reading.nameChars < 4))) return true;
  return !reading.strong && REGION_WORDS.test(name);
}

/** Verbs of carrying out a campaign: what follows (扬尘综合治理, 交通秩序整治) is work done, not a thing built. */
const CAMPAIGN_VERBS = new Set(["开展"]);
/** `危废专项整治`, `违建专项治理`: a special campaign, whatever its object. */
const SPECIAL_CAMPAIGN = /专项/;

/**
 * `开展扬尘综合治理`, `深入开展危废专项整治`: a campaign. Only a head that
 * makes a project by itself (…治理工程, …水库) survives the verb 开展, or a
 * frame that speaks of projects (`开展…光伏和…项目前期工作`).
 */
export function isCampaign(reading: ItemReading, frame: ClauseFrame, name: string): boolean {
  if (reading.strong) return false;
  if (reading.kind === "action" && SPECIAL_CAMPAIGN.test(name)) return true;
  const verb = frame.verbs[frame.verbs.length - 1];
  return verb !== undefined && CAMPAIGN_VERBS.has(verb) && frame.predicate === 0 && frame.listKind !== "project";
}

/** The firms found in a report by the company extractor, asked once per item. */
export interface FirmNames {
  has(name: string): boolean;
  /** A firm's name occurs inside `text`. */
  within(text: string): boolean;
  /** Where firm names that hold a joiner (和, 及, 与) stand in `text`: no list splits them. */
  joinedIn(text: string): Array<[number, number]>;
  /** `text` ends with a firm's name (`开发区联合|中国银行昆山分行`). */
  endOf(text: string): boolean;
  /** Where the firm names stand in `text`, longest first at each position. */
  spansIn(text: string): Array<[number, number]>;
}

/** One trie for all the report's firm names: an item is scanned once, not once per firm. */
export function firmNames(names: Iterable<string>): FirmNames {
  const set = new Set(names);
  const long = [...set].filter((name) => name.length >= 2);
  const trie = long.length > 0 ? WordTrie.forward(long) : null;
  const backward = long.length > 0 ? WordTrie.backward(long) : null;
  const joined = long.filter((name) => /[和及与]/.test(name));
  return {
    has: (name) => set.has(name),
    within: (text) => trie !== null && trie.occursIn(text),
    joinedIn: (text) => joined.flatMap((name) => spansOf(text, name)),
    endOf: (text) => backward !== null && backward.longestEndingAt(text, text.length) > 0,
    spansIn: (text) => (trie === null ? [] : longestSpans(trie, text)),
  };
}

function longestSpans(trie: WordTrie, text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let at = 0; at < text.length; ) {
    const length = trie.longestAt(text, at);
    if (length > 0) spans.push([at, at + length]);
    at += Math.max(length, 1);
  }
  return spans;
}

function spansOf(text: string, name: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) spans.push([at, at + name.length]);
  return spans;
}

/**
 * A firm named inside the item (银光镁合金压铸件…) makes it specific whatever
 * its words are tagged. `reading` is fresh from `readItem`; asked only when
 * the reading is.
 */
export function withFirms(reading: ItemReading, name: string, firms: FirmNames): ItemReading {
  let inside: boolean | null = null;
  return withFirmCheck(reading, () => (inside ??= firms.within(name)));
}

/** An item that took the head of its list is what the list is, unless that head is abstract. */
export function acceptsShared(reading: ItemReading): boolean {
  return reading.kind === "noun" || reading.kind === "action" || reading.kind === "production";
}

/** Does the item's own evidence, with the frame's score, make it a project? */
export function accepts(reading: ItemReading, score: number, name: string, listed: boolean, invested = false): boolean {
  // the reading's word-level parts (proper, nameChars) are asked last: they may need the item segmented
  switch (reading.kind) {
    case "abstract":
      return false;
    case "noun":
      if (reading.programme) return programmeAccepted(name, reading, score, invested);
      if (reading.road) return reading.roadName >= 2 && (score >= 1 || reading.strong || reading.proper);
      if (reading.strong) return reading.proper || (score >= 1 && reading.nameChars >= 3) || (score >= 2 && reading.nameChars >= 2);
      // `投资3.5亿元建设的|花木产业数字交易中心`: its own amount makes a described facility specific
      return score >= 1 && (reading.proper || reading.nameChars >= 4 || (invested && reading.nameChars >= 2));
    case "action":
      // `文明城市提升`: a bare upgrade needs a built object (`嫘祖文化园|提升`)
      return score >= 1 && (reading.concreteObject || (!reading.weakAction && reading.proper));
    case "production":
      return score >= 1 && reading.proper;
    case "none":
      return listed && score >= 2 && name.length >= 4 && reading.proper && !isPlaceName(name);
  }
}

const PLACE_END = /(?:[镇乡村沟河渠池堡滩坡岭峪湾寨屯坪窑县区市]|街道|社区|苏木|嘎查)$/;
/** `汾河沿线`, `汾河堤外`: a stretch along or around a place. */
const LOCATIVE_END = /(?:沿线|沿岸|两岸|周边|周围|堤外|堤内|一带|境内|以东|以西|以南|以北)$/;

/** A bare place (雷家坡, 石门乡石门村, 汾河沿线) or a slogan on one (健康闻喜, 平安盐湖) names no project. */
function isPlaceName(name: string): boolean {
  if (PLACE_END.test(name) || LOCATIVE_END.test(name)) return true;
  const places = findPlaces(name);
  return places.length > 0 && places[places.length - 1]!.end === name.length;
}

const PROGRAMME_HEAD = /(?:建设项目|项目|工程)$/;
/** Fields a named 项目 may be about (圣王山文化旅游项目, 杏岭子乡全域土地整治试点项目, 曲石镇…高标准农田建设项目). */
const SOFT_ABSTRACT = /(?:旅游|文旅|康养|试点|示范|开发|产业|农业|物流|电商|文化|农田)$/;
/** `城乡供水一体化工程`, `风光水储一体化项目`: utility networks and power plants built as one system. */
const UTILITY_NETWORK = /(?:供水|供热|供气|污水|垃圾|管网|水网|电网|储能|风光|光储|水储|源网荷储|多能互补)[\u4e00-\u9fa5]*一体化$/;
const PHASE = /[一二三四五六七八九十\d]期/;
const SUM_OF_MONEY_END = /\d(?:\.\d+)?(?:余|多)?(?:亿|万|千万)?元$/;

/**
 * `X项目` / `X工程` is a project when X is one (a noun, a concrete upgrade,
 * a production line, a phase); campaigns are called 工程 too (村庄清洁工程).
 */
function programmeAccepted(name: string, reading: ItemReading, score: number, invested: boolean): boolean {
  // from the text read, which ends in the head (the name may go on with a bracket or a road section)
  const inner = reading.item.replace(PROGRAMME_HEAD, "").replace(/^[“"]([^”"]+)[”"]$/, "$1");
  // `提供20亿元|项目(贷款)`: a sum of money before 项目 is what it costs or gets, not its name
  if (inner.length < 2 || isGenericProgramme(inner) || SUM_OF_MONEY_END.test(inner)) return false;
  if (PHASE.test(inner)) return inner.length >= 4;
  const read = readItem(inner);
  // a firm named inside (赣星光电|液晶模组) makes the inner part specific too
  const innerReading = reading.firm && !read.proper ? markProper(read) : read;
  if (innerReading.kind === "abstract") {
    if (UTILITY_NETWORK.test(inner)) return score >= 1 || innerReading.proper;
    return name.endsWith("项目") && SOFT_ABSTRACT.test(inner) && innerReading.proper;
  }
  // `总投资45亿元的锂电池回收利用项目`: its own amount makes a described project specific
  if (invested && inner.length >= 4) return true;
  return accepts(innerReading, score + (name.endsWith("项目") ? 2 : 0), inner, true);
}

/**
 * The words before 项目 only classify (`重点项目`, `新落地项目`), unless they
 * follow a road or a facility (`北环路|新建工程`, `敦煌市第三中学|新建项目`).
 */
function isGenericProgramme(inner: string): boolean {
  const generic = GENERIC_PROGRAMME_END.exec(inner);
  if (generic === null || generic.index < 2) return generic !== null;
  const before = readItem(inner.slice(0, generic.index));
  return !(before.road || (before.strong && BUILD_STAGE.has(generic[0])));
}

const BUILD_STAGE = new Set(BUILD_STAGE_WORDS);

/** `重点项目`, `各项目`, `新落地项目`: the words before 项目 only classify. */
const GENERIC_PROGRAMME_END = /(?:重点|重大|各|(?<![更创革翻焕刷])新|落地|新落地|续建|新建|在建|民生|惠民|计划|研发计划|攻坚|这些|更多|一批|等)$/;
