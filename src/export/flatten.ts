/**
 * Flat attributes
 * ===============
 *
 * GEXF, GraphML and CSV hold scalar attributes only, so lists (aliases,
 * counties, report ids) become strings joined by LIST_SEPARATOR and the
 * evidence of an edge becomes readable text: its sentences joined by
 * EVIDENCE_SEPARATOR, with the report titles alongside. The JSON export keeps
 * the structured values instead.
 */
import type { GraphEdgeAttributes, GraphNodeAttributes, PropValue } from "../server/api-types.ts";

export const LIST_SEPARATOR = "; ";
export const EVIDENCE_SEPARATOR = " ‖ ";

export type FlatValue = string | number | boolean;
export type FlatRecord = Record<string, FlatValue>;

/** Attribute names that carry layout and appearance, not data. */
export const VISUAL_KEYS = ["x", "y", "size", "color"] as const;

export function flattenNode(attributes: GraphNodeAttributes): FlatRecord {
  const flat: FlatRecord = {
    label: attributes.label,
    kind: attributes.kind,
    aliases: joinList(attributes.aliases),
    counties: joinList(attributes.counties),
    degree: attributes.degree ?? 0,
  };
  return addProps(flat, attributes.props);
}

export function flattenEdge(attributes: GraphEdgeAttributes): FlatRecord {
  const evidence = attributes.evidence ?? [];
  const titles = unique(evidence.map((item) => item.reportTitle ?? item.report));
  const flat: FlatRecord = {
    label: attributes.label,
    relType: attributes.relType,
    evidenceCount: attributes.evidenceCount ?? evidence.length,
    evidence: evidence.map((item) => oneLine(item.text)).join(EVIDENCE_SEPARATOR),
    reports: joinList(attributes.reports ?? []),
    reportTitles: joinList(titles),
  };
  return addProps(flat, attributes.props);
}

function addProps(flat: FlatRecord, props: Record<string, PropValue> | undefined): FlatRecord {
  for (const [key, value] of Object.entries(props ?? {})) {
    const name = key in flat || (VISUAL_KEYS as readonly string[]).includes(key) ? `prop_${key}` : key;
    const scalar = Array.isArray(value) ? joinList(value.map(String)) : value;
    if (scalar !== null && scalar !== undefined && scalar !== "") flat[name] = scalar;
  }
  return flat;
}

function joinList(values: readonly string[]): string {
  return values.map(oneLine).join(LIST_SEPARATOR);
}

/** XML attribute values and CSV cells read best on one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** The columns of a set of flat records: first-seen order, so core fields come first. */
export function columnsOf(records: Iterable<FlatRecord>): string[] {
  const columns = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) columns.add(key);
  return [...columns];
}
