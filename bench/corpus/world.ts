/**
 * The synthetic world
 * ===================
 *
 * Places, firms, projects, slogans and officials the generated reports talk
 * about. Places are real administrative divisions (ingest/gazetteer.ts);
 * everything else is generated from the general lists of vocabulary.ts.
 * Popularity is Zipf-like: a few firms and slogans appear in many counties
 * (the overlap that makes "companies across counties" interesting), most in
 * one or two. Names of a county (towns, its own firms and projects, its
 * leaders) derive from the seed and the county code only, so they are the
 * same in every report about that county.
 */
import { getGazetteer, shortName, type Division } from "../../ingest/gazetteer.ts";
import { Random, ZipfSampler } from "./random.ts";
import {
  CENTRAL_SOES,
  COMPANY_SUFFIXES,
  GIVEN_CHARACTERS,
  INDUSTRY_WORDS,
  INFRASTRUCTURE_HEADS,
  LEADER_ROLES,
  NUMERALS,
  BIG_NUMERALS,
  PLACE_SYLLABLES,
  PLANT_KINDS,
  PRODUCTS,
  ROAD_HEADS,
  SLOGAN_NOUNS,
  SLOGAN_PHRASE_NOUNS,
  SLOGAN_VERBS,
  SURNAMES,
  TRADE_SYLLABLES,
} from "./vocabulary.ts";

/** Provinces whose counties the reports are about (GB/T 2260 prefixes). */
const PROVINCES = ["14", "13", "61", "15"];

export interface Firm {
  full: string;
  short: string;
}

export interface County {
  division: Division;
  short: string;
  towns: string[];
  firms: Firm[];
  projects: string[];
}

export class World {
  readonly counties: County[];
  private readonly firms: Firm[];
  private readonly slogans: string[];
  private readonly firmPopularity: ZipfSampler;
  private readonly sloganPopularity: ZipfSampler;
  private readonly seed: number;

  constructor(seed: number, reports: number) {
    this.seed = seed;
    const random = new Random(seed);
    const divisions = getGazetteer()
      .divisions.filter((division) => division.level === "county" && PROVINCES.includes(division.provinceCode.slice(0, 2)))
      .filter((division) => !/开发区|高新|经济|管理区|示范区|新区/.test(division.name))
      .sort((a, b) => a.code.localeCompare(b.code));
    this.counties = divisions.map((division) => this.makeCounty(division));
    this.firms = uniqueFirms(random.fork(1), Math.max(300, Math.round(reports * 0.4)));
    this.slogans = uniqueStrings(random.fork(2), 600, makeSlogan);
    this.firmPopularity = new ZipfSampler(this.firms.length);
    this.sloganPopularity = new ZipfSampler(this.slogans.length, 1.1);
  }

  /** A firm a report of `county` mentions: often its own, else a (popular) outside one. */
  firm(random: Random, county: County): Firm {
    if (random.chance(0.45)) return random.pick(county.firms);
    if (random.chance(0.04)) return { full: random.pick(CENTRAL_SOES), short: random.pick(CENTRAL_SOES) };
    return this.firms[this.firmPopularity.draw(random)]!;
  }

  slogan(random: Random): string {
    return this.slogans[this.sloganPopularity.draw(random)]!;
  }

  /** A project of the county: one of its recurring ones, or a new one. */
  project(random: Random, county: County): string {
    if (random.chance(0.5)) return random.pick(county.projects);
    return makeProject(random, county, this.firm(random, county));
  }

  /** The county's head of government in a year (changes every few years). */
  leader(county: County, year: number): { name: string; role: string } {
    const term = Math.floor(year / 4);
    const random = new Random(hashOf(`${this.seed}:${county.division.code}:leader:${term}`));
    return { name: personName(random), role: random.chance(0.85) ? "县长" : random.pick(LEADER_ROLES) };
  }

  person(random: Random): string {
    return personName(random);
  }

  private makeCounty(division: Division): County {
    const random = new Random(hashOf(`${this.seed}:${division.code}`));
    const short = shortName(division.name);
    const towns = uniqueStrings(random, 10, (r) => `${r.pick(PLACE_SYLLABLES)}${r.pick(PLACE_SYLLABLES)}${r.chance(0.7) ? "镇" : "乡"}`);
    const firms = uniqueFirms(random, 12, short);
    const county: County = { division, short, towns, firms, projects: [] };
    county.projects = uniqueStrings(random, 25, (r) => makeProject(r, county, r.pick(firms)));
    return county;
  }
}

function makeFirm(random: Random, prefix = ""): Firm {
  const trade = `${random.pick(TRADE_SYLLABLES)}${random.pick(TRADE_SYLLABLES)}`;
  const short = `${trade}${random.pick(INDUSTRY_WORDS)}`;
  const region = prefix || (random.chance(0.5) ? "" : random.pick(["山西", "河北", "陕西", "内蒙古", "北京", "山东"]));
  return { full: `${region}${short}${random.pick(COMPANY_SUFFIXES)}`, short };
}

function makeProject(random: Random, county: County, firm: Firm): string {
  const town = random.pick(county.towns);
  const shapes: Array<() => string> = [
    () => `${firm.short}年产${random.int(2, 120)}万吨${random.pick(PRODUCTS)}项目`,
    () => `${random.int(5, 300)}万千瓦${random.pick(PLANT_KINDS)}项目`,
    () => `${county.short}${random.pick(PRODUCTS)}产业园`,
    () => `${town}${random.pick(INFRASTRUCTURE_HEADS)}`,
    () => `${random.pick(PLACE_SYLLABLES)}${random.pick(PLACE_SYLLABLES)}${random.pick(ROAD_HEADS)}提升改造工程`,
    () => `${town.slice(0, -1)}至${random.pick(county.towns).slice(0, -1)}${random.pick(ROAD_HEADS)}`,
  ];
  return random.pick(shapes)();
}

function makeSlogan(random: Random): string {
  const n = () => random.pick(NUMERALS);
  const v = () => random.pick(SLOGAN_VERBS);
  const shapes: Array<() => string> = [
    () => `${n()}${v()}`,
    () => `${n()}${v()}${n()}${v()}`,
    () => `${n()}${v()}${n()}${v()}${n()}${v()}`,
    () => `${n()}个${random.pick(SLOGAN_PHRASE_NOUNS)}`,
    () => `${n()}大${random.pick(SLOGAN_PHRASE_NOUNS)}`,
    () => `${random.int(1, 9)}${random.int(1, 9)}${random.int(1, 9)}${random.int(1, 9)}`,
    () => `${random.pick(BIG_NUMERALS)}${random.pick(["企", "村", "项"])}${random.pick(SLOGAN_PHRASE_NOUNS)}`,
    () => `${n()}${v()}${n()}${random.pick(SLOGAN_NOUNS).slice(0, 2)}`,
  ];
  return random.pick(shapes)();
}

function personName(random: Random): string {
  const given = random.chance(0.7) ? `${random.pick(GIVEN_CHARACTERS)}${random.pick(GIVEN_CHARACTERS)}` : random.pick(GIVEN_CHARACTERS);
  return `${random.pick(SURNAMES)}${given}`;
}

function uniqueFirms(random: Random, count: number, prefix = ""): Firm[] {
  const seen = new Set<string>();
  const firms: Firm[] = [];
  for (let attempt = 0; firms.length < count && attempt < count * 20; attempt++) {
    const firm = makeFirm(random, prefix);
    if (seen.has(firm.short)) continue;
    seen.add(firm.short);
    firms.push(firm);
  }
  return firms;
}

function uniqueStrings(random: Random, count: number, make: (random: Random) => string): string[] {
  const seen = new Set<string>();
  for (let attempt = 0; seen.size < count && attempt < count * 20; attempt++) seen.add(make(random));
  return [...seen];
}

/** FNV-1a, for seeds derived from names. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}
