/**
 * Shared list heads
 * =================
 *
 * A list often writes the head once, for all its items:
 *   `河底镇、畖底镇、薛店镇污水处理站`   -> 河底镇污水处理站, 畖底镇污水处理站
 *   `涑水河闻喜段、青龙河…段等河道治理工程` -> 涑水河闻喜段河道治理, …
 * Items without a head of their own get the head of the list (after 等) or
 * of the first item after them that has one, split where the part before the
 * head looks like the bare items (places and names of the same length).
 */
import { findPlaces } from "../places.ts";
import type { Token } from "../segment.ts";
import { readItem, type ItemReading } from "./project-item.ts";
import { segmentPhrase } from "./project-text.ts";

export interface ListEntry {
  name: string;
  /** The item's words (segmented when first asked). */
  readonly tokens: readonly Token[];
  reading: ItemReading;
  /** The head given to this item, if any. */
  sharedHead: string | null;
  /** This item's head was given to the bare items before it (`…、双堠镇|高标准农田建设项目`). */
  lendsHead?: boolean;
}

const MAX_BARE_ITEM = 12;
/** Kinds of plant a list of names can share (弘义、龙源等风电项目). */
const ENERGY = /^(?:风电|光伏|储能|生物质发电|热电联产|光伏发电|风力发电)$/;
/** Characters that end place and landmark names (镇, 村, 沟, 河, 渠 ...). */
const PLACE_END = /[镇乡村沟河渠池堡滩庄坡岭峪湾山寨屯店坪口湖峰塬垣梁洼岔营堡关寺庙塔段]$/;
const SHORT_TOWN = /^.{1,2}[镇乡村]$/;
/** A pond, river or channel named alone (鸭子池) waits for the work done on it (综合治理). */
const NATURAL_FEATURE = /[池河渠沟湖塘]$/;
/** A head never starts with the last character of a place name (镇, 村, 渠: 姚暹渠|综合治理, not 姚暹|渠综合治理). */
const PLACE_START = /^[镇乡村县区市沟河渠池堡滩庄坡岭峪湾山寨屯店坪口湖峰段]/;
const NAME_TAGS = new Set(["ns", "nr", "nrt", "nrfg", "nz", "x"]);
/** List heads that only classify (续建项目, 重点项目): nothing to give to the items. */
const BARE_CLASS = /^(?:新建|续建|在建|新开工|重点|重大|建设|基础设施|市政设施|配套|民生|产业|旅游产业|产业扶贫|大型|商贸|道路|市政|工业|农业|技改)*$/;

/**
 * Gives shared heads to the bare items of one clause's list (mutates
 * `entries`). Firms are never bare items (`推进建龙、盛邦等商贸住宅综合体建设`);
 * the head after 等 goes only to names of three characters or more (crops
 * and classes in a list, 优质杂粮、甜糯玉米等示范基地, keep no head).
 */
export function shareHeads(entries: ListEntry[], listHead: string, firms: { has(name: string): boolean }): void {
  if (isGivableHead(listHead)) {
    for (const entry of entries) {
      if (isBareItem(entry, firms) && (entry.name.length >= 3 || ENERGY.test(listHead))) entry.sharedHead = listHead;
    }
  }
  let runStart = 0;
  entries.forEach((entry, i) => {
    if (isBareItem(entry, firms) && entry.sharedHead === null) return;
    const run = entries.slice(runStart, i).filter((e) => isBareItem(e, firms) && e.sharedHead === null);
    runStart = i + 1;
    if (run.length === 0 || (entry.reading.kind !== "noun" && entry.reading.kind !== "action")) return;
    const head = headOfHeadedItem(entry.name, run);
    if (!head) return;
    for (const bare of run) bare.sharedHead = head;
    entry.lendsHead = true;
  });
}

function isGivableHead(head: string): boolean {
  if (head.length < 2 || BARE_CLASS.test(head)) return false;
  const reading = readItem(head);
  return reading.kind === "noun" || reading.kind === "action" || (reading.kind === "production" && ENERGY.test(head));
}

/** A bare item that is not one of the report's firms. */
function isBareItem(entry: ListEntry, firms: { has(name: string): boolean }): boolean {
  return !firms.has(entry.name) && isBare(entry);
}

/** An item that is only a name (a place, a landmark): it needs a head to be a project. */
function isBare(entry: ListEntry): boolean {
  if (entry.name.length > MAX_BARE_ITEM) return false;
  // `留古镇` reads as 留 + 古镇, but three characters ending in 镇 are a town's name
  if (entry.reading.kind === "noun") return (NATURAL_FEATURE.test(entry.name) && entry.name.length <= 4) || SHORT_TOWN.test(entry.name);
  if (entry.reading.kind !== "none" || /[“"]/.test(entry.name) || entry.reading.nameChars === 0) return false;
  return PLACE_END.test(entry.name) || (looksLikeName(entry.name, entry.tokens) && entry.reading.proper);
}

function looksLikeName(text: string, tokens: readonly Token[]): boolean {
  if (PLACE_END.test(text)) return true;
  const last = tokens[tokens.length - 1];
  if (last && last.end === text.length && NAME_TAGS.has(last.tag)) return true;
  const places = findPlaces(text);
  return places.length > 0 && places[places.length - 1]!.end === text.length;
}

/**
 * `薛店镇污水处理站` after `河底镇、畖底镇`: the head starts at the token edge
 * that leaves a name about as long as the bare items before it.
 */
function headOfHeadedItem(item: string, run: readonly ListEntry[]): string | null {
  const lengths = run.map((e) => e.name.length);
  const ending = commonPlaceEnding(run);
  let best: { head: string; distance: number } | null = null;
  const tokens = segmentPhrase(item);
  for (const at of splitPoints(item, tokens, ending)) {
    if (at < 2 || at > item.length - 2) continue;
    const name = item.slice(0, at);
    const head = item.slice(at);
    const startsWithPlaceEnd = tokens.some((t) => t.start === at && t.word.length === 1 && PLACE_START.test(t.word));
    if (startsWithPlaceEnd || !looksLikeName(name, tokens.filter((t) => t.end <= at)) || !isGivableHead(head)) continue;
    // `南楼乡、北早现乡…`: a name that ends as the bare items do is the likelier split
    const distance = Math.min(...lengths.map((n) => Math.abs(name.length - n))) - (ending !== null && name.endsWith(ending) ? 0.5 : 0);
    if (!best || distance < best.distance) best = { head, distance };
  }
  return best && best.distance <= 2 ? best.head : null;
}

/** The place character all bare items end with (镇 of `六马镇、良田镇…`), if they share one. */
function commonPlaceEnding(run: readonly ListEntry[]): string | null {
  const last = run[0]!.name.at(-1)!;
  return PLACE_END.test(last) && run.every((e) => e.name.endsWith(last)) ? last : null;
}

/** Word starts, and the positions after the bare items' common ending (the segmenter may glue it on: `良田|镇农光`). */
function splitPoints(item: string, tokens: readonly Token[], ending: string | null): number[] {
  const points = new Set(tokens.map((t) => t.start));
  if (ending !== null) for (let i = item.indexOf(ending); i >= 0; i = item.indexOf(ending, i + 1)) points.add(i + 1);
  return [...points].sort((a, b) => a - b);
}
