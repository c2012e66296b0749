/**
 * Alias policy
 * ============
 *
 * Which surface forms denote the same entity. Merging is conservative: two
 * firms with a shared prefix are different (三峡集团 / 三峡新能源) unless the
 * shorter form is a bare trade name that the longer one extends by a place
 * prefix, an industry word or a legal form (建龙 / 山西建龙 / 建龙集团), or
 * a trade name with its industry word that a registered name shortens to
 * (华曦光电 / 深圳华曦光电科技有限公司).
 * The merge key also fixes the entity id, so the same firm gets the same id
 * in every report that writes it the same way. The key keeps a place prefix:
 * 山西建龙, 吕梁建龙 and 北京建龙集团 are a group and its regional firms, and
 * across reports nothing but the name says they are one.
 */
import type { EntityType } from "../src/types.ts";
import { CENTRAL_SOES, COMPANY_INDUSTRY_SUFFIXES, COMPANY_LEGAL_SUFFIXES } from "./data/lexicon.ts";
import { findPlaces } from "./places.ts";

const LEGAL_SUFFIXES_LONGEST_FIRST = [...COMPANY_LEGAL_SUFFIXES].sort((a, b) => b.length - a.length);
const INDUSTRY_SUFFIXES_LONGEST_FIRST = [...COMPANY_INDUSTRY_SUFFIXES].sort((a, b) => b.length - a.length);

/** `山西建龙实业有限公司` -> `建龙实业`: no leading place, no legal form. */
export function companyKey(name: string): string {
  let key = stripLegalSuffix(name);
  key = stripPlacePrefix(key);
  return key.length >= 2 ? key : name;
}

export function stripLegalSuffix(name: string): string {
  for (const suffix of LEGAL_SUFFIXES_LONGEST_FIRST) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

/** Drops leading division names (山西, 运城市, 闻喜县) while at least two characters remain. */
export function stripPlacePrefix(name: string): string {
  let rest = name;
  for (;;) {
    const first = findPlaces(rest)[0];
    if (!first || first.start !== 0 || rest.length - first.end < 2) return rest;
    rest = rest.slice(first.end);
  }
}

export function industrySuffixOf(name: string): string | null {
  return INDUSTRY_SUFFIXES_LONGEST_FIRST.find((suffix) => name.endsWith(suffix) && name.length > suffix.length) ?? null;
}

/**
 * A name with no place prefix, legal form or industry word: `建龙`, not `三峡集团` or `山西建龙`.
 * A central SOE (`中国电建`) is a group of its own, never a short name of one of its units (`中国电建昆明院`).
 */
export function isBareTradeName(name: string): boolean {
  return companyKey(name) === name && industrySuffixOf(name) === null && !CENTRAL_SOE_NAMES.has(name);
}

const CENTRAL_SOE_NAMES = new Set(CENTRAL_SOES);

/** True when `short` is a bare trade name that `long` extends (建龙 / 山西建龙 / 建龙集团). */
export function isCompanyShortForm(short: string, long: string): boolean {
  // the key of `long` is a part of it: a form it does not hold cannot start the key (and the test is cheap)
  if (short.length < 2 || short === long || !long.includes(short)) return false;
  if (industrySuffixOf(short) || stripLegalSuffix(short) !== short) return false;
  const core = companyKey(long);
  return core === short || core.startsWith(short);
}

const REGISTERED_FORM = /(?:有限公司|有限责任公司)$/;

/**
 * True when `short`, a trade name with its industry word (华曦光电), is how a
 * registered name is shortened: the full legal name of one firm, place and
 * legal form aside, starts with it (深圳华曦光电科技有限公司). A group's unit
 * without a legal form (三峡新能源 beside 三峡集团) is no such short form.
 */
export function isRegisteredShortForm(short: string, long: string): boolean {
  if (short.length < 4 || !REGISTERED_FORM.test(long) || !long.includes(short) || CENTRAL_SOE_NAMES.has(short)) return false;
  if (industrySuffixOf(short) === null || companyKey(short) !== short) return false;
  return companyKey(long).startsWith(short);
}

/** The merge key of a mention of this type: a firm's name without its legal form (建龙集团有限公司 = 建龙集团). */
export function mergeKey(type: EntityType, name: string): string {
  if (type === "Company") return stripLegalSuffix(name);
  return name;
}
