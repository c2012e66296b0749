/**
 * Site boilerplate, editor lines and photo captions
 * =================================================
 *
 * Scraped pages carry text that is not the report: navigation, buttons,
 * pagination, contact lines, copyright footers, submission rules, editor and
 * byline lines, photo captions. Each non-blank line is classified by general
 * rules (rule tables below, matched on the Simplified twin so one pattern
 * serves both scripts), then by context:
 * - a terms block (submission rules, user agreement) runs from its heading
 *   over the numbered clauses and short lines that follow it;
 * - a short line naming a contact right above it is part of it (`投资咨询热线`);
 * - a short unexplained line between boilerplate lines is boilerplate too
 *   (`招商中心` between a pagination line and a phone number);
 * - in flowing text, a short line without punctuation that stands further
 *   apart from its neighbours than the document's paragraphs do is a photo
 *   caption.
 * Report titles (`• 【X】title`, `# heading`), date lines and `来源:` lines are
 * never removed by context: later stages need them. Removed lines are
 * reported with their kind.
 */
import type { Layout } from "./layout.ts";
import {
  displayWidth,
  hasSentenceEnd,
  isBlank,
  isDateLine,
  isLabelLine,
  isLetterSpaced,
  lineSpans,
  startsBlock,
  type Line,
} from "./lines.ts";
import { PERSON_BYLINE_LABELS } from "./data/roles.ts";
import { looksLikePersonalName } from "./data/surnames.ts";
import { removeLines, type PassResult, type RemovalKind } from "./removal.ts";
import { toSimplified } from "./script.ts";

interface LineInfo {
  line: Line;
  /** Trimmed line as written. */
  text: string;
  /** Trimmed Simplified twin. */
  simp: string;
  width: number;
  /** Blank lines between this line and the previous non-blank one. */
  gapBefore: number;
  kind: RemovalKind | null;
  /** Titles, dates, source lines: kept whatever their neighbours are. */
  anchored: boolean;
}

interface LineRule {
  kind: RemovalKind;
  test: (info: LineInfo) => boolean;
}

/** Short chrome lines stay below this display width (20 CJK characters). */
const SHORT = 40;
const CLAUSE_PUNCTUATION = /[。，,；;：:！？!?、]/;

// ---------------------------------------------------------------- line rules

const BULLET_ITEM = /^[•·●▪◦○◆◇■□▶►*+-]\s*(.+)$/;
const BREADCRUMB_LABEL = /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]/;
const BREADCRUMB_ARROWS = /\s*(?:>>|>|»|›|→)\s*/g;
const UI_LINE =
  /^(?:首页|上一页|下一页|上一篇|下一篇|尾页|末页|返回|返回顶部|返回首页|返回列表|打印|打印本页|关闭|关闭窗口|确认|确定|取消|提交|登录|注册|立即获取|立即咨询|立即申请|点击查看|查看更多|更多|更多>>|收藏|分享|分享到|扫一扫|微信扫一扫|相关新闻|相关阅读|推荐阅读|热点推荐|热门推荐|猜你喜欢|责任编辑|大|中|小)$/;
const UI_PREFIX = /^[【\[]?(?:上一篇|下一篇|上一条|下一条|分享到|扫一扫|字号|字体|浏览次数|阅读次数|点击数|阅读量|访问量)\s*[:：\s]/;
const SUBMISSION = /点我投稿|我要投稿|欢迎投稿|投稿邮箱|投稿须知|投稿提示|投稿指南|我已阅读并同意/;
const PAGINATION = /^(?:共\s*\d+\s*[页条]|第\s*\d+\s*页|首页\s*上一页|上一页\s*下一页)/;
const PHONE = /(?:\+?86[-\s]?)?(?:400|800)[-\s]?\d{3}[-\s]?\d{4}|0\d{2,3}[-\s]?\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)/;
const CONTACT_LABEL = /^(?:电话|热线|咨询热线|服务热线|客服热线|投资咨询热线|联系电话|联系方式|传真|邮箱|电子邮箱|e-?mail|地址|邮编|qq|微信号?)\s*[:：]/i;
/** Footer marks that never occur in a report. */
const COPYRIGHT = /copyright|all rights reserved|©|版权所有|icp备|icp证|公网安备|网站标识码|技术支持\s*[:：]|主办单位\s*[:：]|承办单位\s*[:：]/i;
/** Reuse notices: need a word about the site or its articles, since reports also say 未经许可. */
const REUSE_NOTICE =
  /(?:未经|不得|禁止|严禁).{0,10}(?:转载|复制|摘编|镜像)|本网站?所?刊载|不代表.{0,12}(?:观点|立场)|违者.{0,8}追究|如有侵权|侵权.{0,6}删除|^(?:免责声明|版权声明|法律声明)\s*[:：]/;
const SITE_WORD = /网|站|稿|转载|本报|授权|侵权/;

function isCopyright(info: LineInfo): boolean {
  if (info.width > 300) return false;
  return COPYRIGHT.test(info.simp) || (REUSE_NOTICE.test(info.simp) && SITE_WORD.test(info.simp));
}
const ROLE = "责任编辑|编辑|责编|主编|编审|审核|审校|校对|校审|初审|复审|终审|作者|撰稿|撰文|记者|通讯员|摄影|摄像|图片|图|文字|文|供稿|出品|监制|策划|制作";
const BRACKETED_ROLE = new RegExp(`^[【\\[(（]\\s*(?:${ROLE})\\s*[:：/|]\\s*[^】\\])）]{1,40}[】\\])）]$`);
const BRACKETED_CREDIT = /^[(（][^()（）]{2,40}(?:供稿|提供|报道|来稿|摄)[)）]$/;
const BYLINE = new RegExp(`^(?:${ROLE})[\\s:：/|]+(\\S.{0,38})$`);
/** `责任编辑：吴佳琪　　审核：陈立东`: later credits on the line, each a role word and its names. */
const LATER_CREDIT = new RegExp(`\\s+(?:${ROLE})\\s*[:：/|]\\s*`, "g");

/** `文字 王勇 …`, `记者 李明`, `本报记者 麦嘉欣 通讯员 莫健锋 连州报道`: the line names the writer, whom the person extractor reads. */
const AUTHOR_BYLINE = new RegExp(`^(?:本报|本台|本网|本刊)?(?:${PERSON_BYLINE_LABELS.join("|")})[\\s:：/|]+([\\u4e00-\\u9fa5]{2,3})(?:\\s|$)`);

/** `图片 某中心提供`, `编辑:某某`: a role word, then names, no clause; a writer's line stays. */
function isByline(info: LineInfo): boolean {
  const names = BYLINE.exec(info.simp)?.[1]?.replace(LATER_CREDIT, " ");
  if (info.width > 80 || names === undefined || CLAUSE_PUNCTUATION.test(names)) return false;
  return !namesWriter(info);
}

function namesWriter(info: LineInfo): boolean {
  const writer = AUTHOR_BYLINE.exec(info.simp)?.[1];
  return writer !== undefined && looksLikePersonalName(writer);
}

function isPipeNavigation(info: LineInfo): boolean {
  if (info.width > 600 || !/[|｜]/.test(info.simp)) return false;
  const parts = info.simp.split(/\s*[|｜]\s*/);
  return parts.length >= 4 && parts.every((part) => part.length >= 1 && part.length <= 10 && !CLAUSE_PUNCTUATION.test(part));
}

/** `首页 新闻 政务 …`: short words in a row; `记者 黄思雨 通讯员 韦立新 梁月` is a byline instead. */
function isWordNavigation(info: LineInfo): boolean {
  if (info.width > 100 || isLetterSpaced(info.simp) || namesWriter(info)) return false;
  const tokens = info.simp.split(/\s+/);
  if (tokens.length < 5) return false;
  return tokens.every((token) => token.length <= 6 && !CLAUSE_PUNCTUATION.test(token));
}

function isBulletNavigation(simp: string): boolean {
  const item = BULLET_ITEM.exec(simp)?.[1];
  return item !== undefined && item.length <= 10 && !item.includes("【") && !CLAUSE_PUNCTUATION.test(item);
}

function isBreadcrumb(info: LineInfo): boolean {
  if (BREADCRUMB_LABEL.test(info.simp)) return true;
  return info.width <= 80 && (info.simp.match(BREADCRUMB_ARROWS)?.length ?? 0) >= 2;
}

function isContact(info: LineInfo): boolean {
  if (info.width > 120) return false;
  if (CONTACT_LABEL.test(info.simp)) return true;
  return info.width <= 60 && PHONE.test(info.simp) && !hasSentenceEnd(info.simp);
}

const LINE_RULES: LineRule[] = [
  { kind: "navigation", test: isPipeNavigation },
  { kind: "navigation", test: isBreadcrumb },
  { kind: "navigation", test: (info) => isBulletNavigation(info.simp) },
  { kind: "navigation", test: isWordNavigation },
  { kind: "chrome", test: (info) => UI_LINE.test(info.simp) || UI_PREFIX.test(info.simp) },
  { kind: "chrome", test: (info) => info.width <= 80 && SUBMISSION.test(info.simp) },
  { kind: "chrome", test: (info) => PAGINATION.test(info.simp) },
  { kind: "contact", test: isContact },
  { kind: "copyright", test: isCopyright },
  { kind: "metadata", test: (info) => BRACKETED_ROLE.test(info.simp) || BRACKETED_CREDIT.test(info.simp) },
  { kind: "metadata", test: isByline },
];

// ------------------------------------------------------------- anchored lines

const TITLE_LINE = /^(?:[•·●▪◆■◇○◎★☆▶►*+-]\s*)?【[^】]{1,30}】|^#{1,6}\s/;

function isAnchored(info: LineInfo): boolean {
  return TITLE_LINE.test(info.simp) || isDateLine(info.simp) || isLabelLine(info.simp) || isLetterSpaced(info.simp);
}

// ------------------------------------------------------------- terms blocks

const TERMS_HEADING =
  /投稿须知|投稿提示|投稿指南|用户协议|服务协议|服务条款|使用条款|免责声明|隐私政策|隐私条款|版权声明|法律声明|注册协议|会员协议/;
const CLAUSE_NUMBER = /^(?:\d+(?:\.\d+)*\s*[.、)）]|[(（]\d+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+条)/;
const TERMS_REFERENCE = /《[^》]*(?:须知|协议|条款|声明|政策)》/;

function markTermsBlocks(infos: LineInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const heading = infos[i]!;
    if (heading.width > SHORT || !TERMS_HEADING.test(heading.simp)) continue;
    heading.kind ??= "terms";
    let j = i + 1;
    while (j < infos.length && continuesTerms(infos[j]!)) {
      infos[j]!.kind ??= "terms";
      j++;
    }
    i = j - 1;
  }
}

function continuesTerms(info: LineInfo): boolean {
  if (info.kind !== null) return true;
  if (isAnchored(info)) return false;
  if (CLAUSE_NUMBER.test(info.simp) || TERMS_REFERENCE.test(info.simp)) return true;
  return info.width <= SHORT && !hasSentenceEnd(info.simp);
}

// ------------------------------------------------------------- chrome islands

const MAX_ISLAND_LINES = 4;

/** Runs of short unexplained lines whose neighbours on both sides are boilerplate. */
function markChromeIslands(infos: LineInfo[]): void {
  const isCandidate = (info: LineInfo) =>
    info.kind === null && !info.anchored && info.width <= SHORT && !hasSentenceEnd(info.simp);
  const isChrome = (info: LineInfo | undefined) => info !== undefined && info.kind !== null && info.kind !== "caption";
  for (let i = 0; i < infos.length; i++) {
    if (!isCandidate(infos[i]!)) continue;
    let j = i;
    while (j + 1 < infos.length && isCandidate(infos[j + 1]!)) j++;
    const before = infos[i - 1];
    const after = infos[j + 1];
    const bounded = (isChrome(before) && (isChrome(after) || after === undefined)) || (before === undefined && isChrome(after));
    if (bounded && j - i + 1 <= MAX_ISLAND_LINES) for (let k = i; k <= j; k++) infos[k]!.kind = "chrome";
    i = j;
  }
}

// ------------------------------------------------------------- contact labels

const CONTACT_LABEL_END = /(?:热线|电话|热线电话|客服|咨询|联系方式|传真|邮箱|地址)$/;

/** `投资咨询热线` right above a phone number is part of the contact block. */
function markContactLabels(infos: LineInfo[]): void {
  for (let i = 0; i + 1 < infos.length; i++) {
    const info = infos[i]!;
    const next = infos[i + 1]!;
    if (info.kind !== null || info.anchored || info.width > SHORT || next.kind !== "contact" || next.gapBefore > 1) continue;
    if (CONTACT_LABEL_END.test(info.simp)) info.kind = "contact";
  }
}

// ------------------------------------------------------------------ captions

const CAPTION_MIN_WIDTH = 8;
const CAPTION_MAX_WIDTH = 60;

function isCaptionShaped(info: LineInfo): boolean {
  if (info.width < CAPTION_MIN_WIDTH || info.width > CAPTION_MAX_WIDTH) return false;
  if (CLAUSE_PUNCTUATION.test(info.simp) || startsBlock(info.simp)) return false;
  return (info.simp.match(/\p{Script=Han}/gu)?.length ?? 0) >= 4;
}

/**
 * A caption stands apart: more blank lines before it than the document puts
 * between its paragraphs (000: three instead of one; 002: one instead of none).
 */
function markCaptions(infos: LineInfo[]): void {
  const content = infos.filter((info, index) => index > 0 && info.kind === null);
  if (content.length < 3) return;
  const gaps = content.map((info) => info.gapBefore).sort((a, b) => a - b);
  const usualGap = gaps[Math.floor(gaps.length / 2)]!;
  for (let i = 1; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.kind === null && !info.anchored && info.gapBefore > usualGap && isCaptionShaped(info)) info.kind = "caption";
  }
}

// ---------------------------------------------------------------------- pass

/** Lines wider than this are report text: no rule applies to them (pipe navigation is the widest rule). */
const WIDEST_RULED_LINE = 600;

export function classifyLines(text: string, layout: Layout): LineInfo[] {
  const infos: LineInfo[] = [];
  let gap = 0;
  for (const line of lineSpans(text)) {
    if (isBlank(text, line)) {
      gap++;
      continue;
    }
    const written = text.slice(line.start, line.end).trim();
    const width = displayWidth(written);
    const ruled = width <= WIDEST_RULED_LINE;
    const info: LineInfo = {
      line,
      text: written,
      simp: ruled ? toSimplified(written) : written,
      width,
      gapBefore: gap,
      kind: null,
      anchored: false,
    };
    if (ruled) {
      info.anchored = isAnchored(info);
      info.kind = LINE_RULES.find((rule) => rule.test(info))?.kind ?? null;
    }
    infos.push(info);
    gap = 0;
  }
  markTermsBlocks(infos);
  markContactLabels(infos);
  markChromeIslands(infos);
  if (layout === "flowing") markCaptions(infos);
  return infos;
}

export function removeBoilerplate(text: string, layout: Layout): PassResult {
  const infos = classifyLines(text, layout);
  const found = infos.flatMap((info) => (info.kind ? [{ line: info.line, kind: info.kind }] : []));
  return removeLines(text, found);
}

export type { LineInfo };
