/**
 * Graph building
 * ==============
 *
 * Query rows (plain values from src/neo4j/read.ts) -> the explorer's graph in
 * graphology serialisation. Every node, relationship and path found anywhere
 * in the rows is used, so saved queries and Cypher typed in the console
 * become graphs the same way. Nodes are keyed by their `id` property (stable
 * across runs); the relationships of one type between two nodes (one per
 * report) merge into one edge that carries their evidence sentences, each
 * with its report and the ranges naming the fact's ends.
 */
import type { PlainNode, PlainPath, PlainRelationship, PlainValue } from "../neo4j/read.ts";
import { RELATION_TYPES, type RelationType } from "../types.ts";
import {
  NODE_KINDS,
  type EvidenceItem,
  type GraphNodeAttributes,
  type NodeKind,
  type PropValue,
  type ReportRef,
  type WireGraph,
} from "./api-types.ts";
import { findHighlights, nameForms } from "./highlights.ts";
import { edgeKeyOf, wireEdge } from "./wire-edges.ts";

export const DEFAULT_EVIDENCE_CAP = 20;

/** Properties shown elsewhere (label, aliases) or too big for a graph (report text). */
// The company and county summaries (src/neo4j/summaries.ts) and the loader's checksums, file keys and props provenance are bookkeeping, not facts to show.
const HIDDEN_NODE_PROPS = new Set([
  "id", "name", "title", "aliases", "text", "checksum", "factsChecksum", "inputChecksum", "fileKey", "fileReports", "propsFrom", "propKeys",
  "countyNames", "countyIds", "countyReports", "countyEvidence", "countyCount", "evidenceCount",
]);
const HIDDEN_EDGE_PROPS = new Set(["report", "evidenceText", "evidenceStart", "evidenceEnd", "names", "entity"]);

export interface GraphElements {
  nodes: Map<string, PlainNode>;
  relationships: Map<string, PlainRelationship>;
}

export interface NodeSummary {
  degree: number;
  counties: string[];
}

export interface BuildOptions {
  title?: string;
  /** Most evidence sentences an edge carries (evidenceCount still counts all). */
  evidenceCap?: number;
  /** Degree and counties of nodes by key, from the database. */
  summaries?: ReadonlyMap<string, NodeSummary>;
  /** Reports by id, to name the source of each evidence sentence. */
  reports?: ReadonlyMap<string, ReportRef>;
}

/** Every node and relationship inside the values (rows, lists, maps, paths). */
export function collectElements(values: Iterable<PlainValue>): GraphElements {
  const elements: GraphElements = { nodes: new Map(), relationships: new Map() };
  const visit = (value: PlainValue): void => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach(visit);
    if (isNode(value)) elements.nodes.set(value.elementId, value);
    else if (isRelationship(value)) elements.relationships.set(value.elementId, value);
    else if (isPath(value)) {
      value.nodes.forEach(visit);
      value.relationships.forEach(visit);
    } else Object.values(value).forEach(visit);
  };
  for (const value of values) visit(value);
  return elements;
}

export function collectFromRows(rows: ReadonlyArray<Record<string, PlainValue>>): GraphElements {
  return collectElements(rows.flatMap((row) => Object.values(row)));
}

export function nodeKey(node: PlainNode): string {
  const id = node.properties.id;
  return typeof id === "string" && id !== "" ? id : `element:${node.elementId}`;
}

export function nodeKindOf(node: PlainNode): NodeKind {
  return (NODE_KINDS.find((kind) => node.labels.includes(kind)) ?? "Other") as NodeKind;
}

/** Report ids the relationships cite (to look their titles up). */
export function reportIdsOf(elements: GraphElements): string[] {
  const ids = new Set<string>();
  for (const rel of elements.relationships.values()) if (typeof rel.properties.report === "string") ids.add(rel.properties.report);
  return [...ids];
}

export function nodeKeysOf(elements: GraphElements): string[] {
  return [...new Set([...elements.nodes.values()].map(nodeKey))];
}

export function buildGraph(elements: GraphElements, options: BuildOptions = {}): WireGraph {
  const cap = options.evidenceCap ?? DEFAULT_EVIDENCE_CAP;
  const keys = new Map<string, string>();
  const nodes: WireGraph["nodes"] = [];
  const namesByKey = new Map<string, string[]>();
  for (const node of elements.nodes.values()) {
    const key = nodeKey(node);
    keys.set(node.elementId, key);
    if (namesByKey.has(key)) continue;
    const attributes = nodeAttributes(node, options.summaries?.get(key));
    namesByKey.set(key, attributes.kind === "Report" ? [] : [attributes.label, ...attributes.aliases]);
    nodes.push({ key, attributes });
  }

  const groups = new Map<string, { source: string; target: string; type: RelationType; rels: PlainRelationship[] }>();
  for (const rel of elements.relationships.values()) {
    const source = keys.get(rel.startElementId);
    const target = keys.get(rel.endElementId);
    if (!source || !target || !isRelationType(rel.type)) continue;
    const edgeKey = edgeKeyOf(rel.type, source, target);
    const group = groups.get(edgeKey) ?? { source, target, type: rel.type, rels: [] };
    group.rels.push(rel);
    groups.set(edgeKey, group);
  }

  const edges: WireGraph["edges"] = [];
  for (const group of groups.values()) {
    const forms = nameForms([
      ...(namesByKey.get(group.source) ?? []),
      ...(namesByKey.get(group.target) ?? []),
      ...group.rels.flatMap((rel) => stringList(rel.properties.names)),
    ]);
    const evidence = group.rels.flatMap((rel) => evidenceOf(rel, forms, options.reports));
    edges.push(
      wireEdge(group.source, group.target, {
        relType: group.type,
        label: group.type,
        reports: [...new Set(group.rels.map((rel) => rel.properties.report).filter((id): id is string => typeof id === "string"))],
        evidence: evidence.slice(0, cap),
        evidenceCount: evidence.length,
        props: edgeProps(group.rels),
      }),
    );
  }
  return wireGraph(nodes, edges, options.title);
}

/** A graphology serialisation of the explorer's graphs: directed, multi, with self-loops. */
export function wireGraph(nodes: WireGraph["nodes"], edges: WireGraph["edges"], title?: string): WireGraph {
  return {
    attributes: title ? { title } : {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}

export function nodeAttributes(node: PlainNode, summary: NodeSummary | undefined): GraphNodeAttributes {
  const kind = nodeKindOf(node);
  const props = node.properties;
  const label = firstString(props.name, props.title, props.id) ?? node.elementId;
  const ownCounties = kind === "County" ? [label] : kind === "Report" ? stringList(props.subject) : [];
  return {
    label,
    kind,
    aliases: stringList(props.aliases).filter((alias) => alias !== label),
    counties: summary ? [...new Set([...ownCounties, ...summary.counties])] : ownCounties,
    degree: summary?.degree ?? 0,
    props: Object.fromEntries(
      Object.entries(props)
        .filter(([name]) => !HIDDEN_NODE_PROPS.has(name))
        .map(([name, value]) => [name, propValue(value)]),
    ),
  };
}

/** The evidence sentences a relationship stores, with their report and the mention ranges. */
export function evidenceOf(rel: PlainRelationship, forms: string[], reports: ReadonlyMap<string, ReportRef> | undefined): EvidenceItem[] {
  const texts = stringList(rel.properties.evidenceText);
  const starts = numberList(rel.properties.evidenceStart);
  const ends = numberList(rel.properties.evidenceEnd);
  const reportId = typeof rel.properties.report === "string" ? rel.properties.report : "";
  const report = reports?.get(reportId);
  return texts.map((text, index) => ({
    report: reportId,
    reportTitle: report?.title ?? null,
    reportSource: report?.source ?? null,
    reportDate: report?.date ?? null,
    text,
    start: starts[index] ?? null,
    end: ends[index] ?? null,
    highlights: findHighlights(text, forms),
  }));
}

function edgeProps(rels: PlainRelationship[]): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  for (const rel of rels) {
    for (const [name, value] of Object.entries(rel.properties)) {
      if (HIDDEN_EDGE_PROPS.has(name) || (props[name] !== undefined && props[name] !== null)) continue;
      props[name] = propValue(value);
    }
  }
  return props;
}

function propValue(value: PlainValue): PropValue {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object")) return value as PropValue;
  return JSON.stringify(value);
}

export function stringList(value: PlainValue | undefined): string[] {
  if (typeof value === "string") return value === "" ? [] : [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string" && item !== "") : [];
}

function numberList(value: PlainValue | undefined): number[] {
  return Array.isArray(value) ? value.map((item) => (typeof item === "number" ? item : Number.NaN)) : [];
}

function firstString(...values: Array<PlainValue | undefined>): string | undefined {
  return values.find((value): value is string => typeof value === "string" && value !== "");
}

function isRelationType(type: string): type is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(type);
}

function isNode(value: object): value is PlainNode {
  return (value as { kind?: unknown }).kind === "node" && "labels" in value;
}
function isRelationship(value: object): value is PlainRelationship {
  return (value as { kind?: unknown }).kind === "relationship" && "startElementId" in value;
}
function isPath(value: object): value is PlainPath {
  return (value as { kind?: unknown }).kind === "path" && "relationships" in value;
}
