/**
 * Place mentions
 * ==============
 *
 * Finds mentions of administrative divisions in Simplified text by longest
 * match against the gazetteer's full, short and former names. Short names
 * that are also ordinary words (城区, 新华, 长安 ...) only count in their full
 * form, and a short name glued to a following CJK character that would make
 * it part of a longer word is still a mention (闻喜发展 -> 闻喜), because
 * reports use short names that way all the time.
 */
import type { Subject } from "../src/types.ts";
import { autonomyForms, getGazetteer, type Division, type Gazetteer } from "./gazetteer.ts";
import { ORDINARY_FREQUENCY, wordFrequency } from "./extractors/company-vocabulary.ts";

export interface PlaceMention {
  start: number;
  end: number;
  form: string;
  candidates: Division[];
  isFullName: boolean;
}

/** Short forms that are common words or generic district names: only their full names count. */
const AMBIGUOUS_SHORT_FORMS = new Set([
  "城区", "郊区", "矿区", "新区", "市中", "城关", "新华", "长安", "和平", "安定", "太平", "东风",
  "红旗", "光明", "前进", "平安", "江南", "河口", "中山", "新城", "城中", "城东", "城西", "城南", "城北",
  "东区", "西区", "南区", "北区", "中区", "向阳", "铁东", "铁西", "白云", "永和", "东方", "开发", "高新",
  "经济", "鼓楼", "市辖", "西湖", "东湖", "南湖", "北湖", "青山", "龙华", "宝山", "普陀", "阿里", "江北",
  "吉利", "共和", "大通", "金川", "建设", "友好", "团结", "红星", "胜利", "复兴", "新兴", "兴业", "安全",
  "文明", "和谐", "丰收", "富民", "振兴", "发展", "小店", "明水", "德江", "山南", "海北", "清河", "通道",
  "桥东", "桥西", "路南", "路北", "港口", "新市", "永定", "长宁", "安居", "民主", "合作", "龙山", "华容",
  // autonomous counties whose name without its peoples is a common word (沿河, 互助, 大厂)
  "沿河", "新平", "青龙", "玉龙", "互助", "民和", "三江", "长白", "长阳", "五峰", "大化", "江城", "石林", "金平",
  "石柱", "罗城", "白沙", "紫云", "江华", "大厂", "围场", "宽城", "城步", "连山", "融水", "恭城", "双江", "景东",
]);

/** Full names that are also ordinary words: a place only right after its city (阳泉市城区). */
const GENERIC_FULL_NAMES = new Set(["城区", "郊区", "矿区", "市中区", "新区", "开发区", "高新区"]);

interface FormIndex {
  /** Forms by their first two UTF-16 units (`first << 16 | second`; every form has two or more), longest first. */
  byPrefix: Map<number, string[]>;
  /** 1 for the UTF-16 units that start a form: most characters of a text start none, and skip the map. */
  starts: Uint8Array;
}

let index: FormIndex | undefined;

function buildIndex(gazetteer: Gazetteer): FormIndex {
  const byPrefix = new Map<number, string[]>();
  const starts = new Uint8Array(0x10000);
  for (const form of gazetteer.forms()) {
    if (form.length < 2) continue;
    if (!gazetteer.isFullName(form) && AMBIGUOUS_SHORT_FORMS.has(form)) continue;
    starts[form.charCodeAt(0)] = 1;
    const prefix = prefixKey(form, 0);
    const list = byPrefix.get(prefix) ?? [];
    list.push(form);
    byPrefix.set(prefix, list);
  }
  return { byPrefix, starts };
}

function prefixKey(text: string, at: number): number {
  return ((text.charCodeAt(at) << 16) | text.charCodeAt(at + 1)) >>> 0;
}

/**
 * Two-character county names (临县, 岚县, 兴县) also occur across word
 * boundaries: 面临县域, 复兴县级. Such a match glued to a CJK character before
 * it and to 域/级/城/乡 after it is not a place.
 */
function isInsideWord(text: string, at: number, form: string): boolean {
  if (form.length !== 2 || !/[县区市旗]$/.test(form)) return false;
  const before = text[at - 1] ?? "";
  const after = text[at + 2] ?? "";
  return /[\u4e00-\u9fa5]/.test(before) && /[域级城乡镇直区属委]/.test(after);
}

function followsCity(mentions: PlaceMention[], at: number): boolean {
  const previous = mentions.at(-1);
  return previous !== undefined && previous.end === at && previous.candidates.some((d) => d.level === "city");
}

/** Texts this long are whole reports, scanned by several stages: the last one's mentions are kept. */
const REMEMBERED_LENGTH = 2000;
let remembered: { match: string; gazetteer: Gazetteer; mentions: readonly PlaceMention[] } | null = null;

export function findPlaces(match: string, gazetteer = getGazetteer()): PlaceMention[] {
  if (match.length < REMEMBERED_LENGTH) return scanPlaces(match, gazetteer);
  if (remembered?.match !== match || remembered.gazetteer !== gazetteer) remembered = { match, gazetteer, mentions: scanPlaces(match, gazetteer) };
  return remembered.mentions.slice();
}

function scanPlaces(match: string, gazetteer: Gazetteer): PlaceMention[] {
  index ??= buildIndex(gazetteer);
  const mentions: PlaceMention[] = [];
  const { byPrefix, starts } = index;
  for (let i = 0; i + 1 < match.length; i++) {
    if (starts[match.charCodeAt(i)] === 0) continue;
    const forms = byPrefix.get(prefixKey(match, i));
    if (!forms) continue;
    const form = forms.find((f) => match.startsWith(f, i) && !isInsideWord(match, i, f));
    if (!form || (GENERIC_FULL_NAMES.has(form) && !followsCity(mentions, i))) continue;
    mentions.push({
      start: i,
      end: i + form.length,
      form,
      candidates: gazetteer.lookup(form),
      isFullName: gazetteer.isFullName(form),
    });
    i += form.length - 1;
  }
  return mentions;
}

/**
 * `解放`, `富裕`, `比如`: a short form that is a frequent word of the general
 * dictionary; where it names a county, the text most often means the word.
 */
export function isFrequentWordForm(mention: PlaceMention): boolean {
  return !mention.isFullName && wordFrequency(mention.form) >= ORDINARY_FREQUENCY;
}

const ADMIN_SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|县|区|盟|旗)$/;

/** A division's name and the forms running text shortens it to (岚县 -> 岚县, 岚; 互助土族自治县 -> … 互助). */
export function placeForms(name: string): string[] {
  const short = name.replace(ADMIN_SUFFIX, "");
  return [name, ...(short.length >= 2 ? [short] : []), ...autonomyForms(name)];
}

/** The subject, its city and its province, in full and short forms. */
export function homePlaces(subject: Subject | null): Set<string> {
  return new Set([subject?.name, subject?.city, subject?.province].flatMap((name) => (name ? placeForms(name) : [])));
}
