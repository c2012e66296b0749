/**
 * One synthetic report
 * ====================
 *
 * A county government work report (or a feature article) in Simplified
 * Chinese: title, meeting line with the speaker, then a review part and a
 * plan part made of numbered subsections of paragraphs. Sentences come from
 * templates.ts with the slots filled from the world. The length varies like
 * real reports (3,000 to 18,000 characters, about 10,000 on average).
 */
import { Random } from "./random.ts";
import { FACTS, FILLER, HEADINGS } from "./templates.ts";
import { PRODUCTS, SECTION_TOPICS } from "./vocabulary.ts";
import type { County, World } from "./world.ts";

export interface SyntheticReport {
  county: County;
  year: number;
  /** ISO date of the meeting. */
  date: string;
  title: string;
  speaker: { name: string; role: string };
  /** Meeting line (`——2022年2月9日在…会议上`). */
  meeting: string;
  /** Headings and paragraphs in reading order. */
  blocks: Array<{ heading: string } | { paragraph: string }>;
}

const FACT_SHARE = 0.35;
const CHINESE_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

export function makeReport(world: World, random: Random, county: County): SyntheticReport {
  const year = random.int(2015, 2024);
  const month = random.int(1, 4);
  const day = random.int(1, 28);
  const leader = world.leader(county, year);
  const slots = new SlotFiller(world, random, county);
  const blocks: SyntheticReport["blocks"] = [];
  const size = 0.3 + random.next() * 1.5;
  blocks.push({ paragraph: "各位代表:" });
  blocks.push({ paragraph: "现在,我代表县人民政府向大会作工作报告,请予审议,并请县政协委员和其他列席人员提出意见。" });
  for (const [part, label] of [`${year}年工作回顾`, `${year + 1}年工作安排`].entries()) {
    blocks.push({ heading: `${CHINESE_ORDINALS[part]}、${label}` });
    const subsections = Math.max(1, Math.round(8 * size));
    for (let s = 0; s < subsections; s++) {
      const heading = random.pick(HEADINGS).replace("{topic}", random.pick(SECTION_TOPICS));
      blocks.push({ heading: `(${CHINESE_ORDINALS[s % CHINESE_ORDINALS.length]})${heading}` });
      const paragraphs = random.int(2, 3);
      for (let p = 0; p < paragraphs; p++) blocks.push({ paragraph: paragraph(random, slots) });
    }
  }
  blocks.push({ paragraph: `各位代表,新征程催人奋进,新使命重任在肩。让我们奋力谱写${county.short}高质量发展新篇章!` });
  const meetingDate = `${year + 1}年${month}月${day}日`;
  return {
    county,
    year: year + 1,
    date: `${year + 1}-${pad(month)}-${pad(day)}`,
    title: `${year + 1}年${county.division.name}政府工作报告`,
    speaker: leader,
    meeting: `——${meetingDate}在${county.division.name}第${random.pick(CHINESE_ORDINALS.slice(0, 10))}届人民代表大会第${random.pick(CHINESE_ORDINALS.slice(0, 10))}次会议上`,
    blocks,
  };
}

function paragraph(random: Random, slots: SlotFiller): string {
  const sentences = random.int(4, 8);
  let text = "";
  for (let i = 0; i < sentences; i++) text += slots.fill(random.chance(FACT_SHARE) ? random.pick(FACTS) : random.pick(FILLER));
  return text;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** Fills `{slot}`s; a report mentions each firm by its full name first, then mostly by its short name. */
class SlotFiller {
  private readonly named = new Set<string>();

  constructor(
    readonly world: World,
    readonly random: Random,
    readonly county: County,
  ) {}

  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_whole, slot: string) => this.value(slot));
  }

  private value(slot: string): string {
    const make = SLOTS[slot];
    if (!make) throw new Error(`unknown template slot {${slot}}`);
    return make(this);
  }

  firm(full: boolean): string {
    const firm = this.world.firm(this.random, this.county);
    if (!this.named.has(firm.short)) {
      this.named.add(firm.short);
      return firm.full;
    }
    return full && this.random.chance(0.5) ? firm.full : firm.short;
  }
}

const SLOTS: Record<string, (filler: SlotFiller) => string> = {
  firm: (f) => f.firm(true),
  firmShort: (f) => f.firm(false),
  project: (f) => f.world.project(f.random, f.county),
  slogan: (f) => f.world.slogan(f.random),
  town: (f) => f.random.pick(f.county.towns),
  county: (f) => f.county.division.name,
  countyShort: (f) => f.county.short,
  person: (f) => f.world.person(f.random),
  product: (f) => f.random.pick(PRODUCTS),
  amount: (f) => f.random.decimal(0.5, 150, f.random.chance(0.5) ? 1 : 2),
  int: (f) => String(f.random.int(2, 60)),
  big: (f) => String(f.random.int(100, 40000)),
  pct: (f) => `${f.random.decimal(0.5, 30, 1)}%`,
};
