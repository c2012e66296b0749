/**
 * Appearances across counties
 * ===========================
 *
 * The graph of the "companies across counties" view: each entity linked to
 * every county whose reports name it by a derived APPEARS_IN edge, whose
 * evidence is what those reports say about it (the mention's sentences and
 * those of its facts in the same report). Built from the rows of
 * cypher/explorer/appearances.cypher (one per entity and report, with the
 * mention), joined here by report id to the entity's facts from
 * cypher/explorer/appearance-facts.cypher: one pass over each, where a
 * per-row match in Cypher scanned all the entity's relationships per report.
 */
import type { PlainNode, PlainRelationship, PlainValue } from "../neo4j/read.ts";
import type { EvidenceItem, ReportRef, WireGraph } from "./api-types.ts";
import { evidenceOf, nodeAttributes, nodeKey, stringList, wireGraph, type NodeSummary } from "./graph-build.ts";
import { nameForms } from "./highlights.ts";
import { edgeKeyOf, wireEdge } from "./wire-edges.ts";

export interface AppearanceRow {
  c: PlainNode;
  k: PlainNode | null;
  county: string;
  report: ReportRef;
  rels: PlainRelationship[];
}

/** Key of a county's node: its entity id, or a name key when no County entity has its code. */
export function countyKey(row: Pick<AppearanceRow, "k" | "county">): string {
  return row.k ? nodeKey(row.k) : `county-name:${row.county}`;
}

/**
 * Rows of appearances.cypher (entity and county by id) with their nodes;
 * a row whose entity is not among the nodes is left out.
 */
export function asAppearanceRows(rows: ReadonlyArray<Record<string, PlainValue>>, nodes: ReadonlyMap<string, PlainNode>): AppearanceRow[] {
  return rows.flatMap((row) => {
    const c = nodes.get(String(row.id));
    if (!c) return [];
    const k = typeof row.countyId === "string" ? (nodes.get(row.countyId) ?? null) : null;
    return [{ c, k, county: row.county as string, report: row.report as unknown as ReportRef, rels: row.rels as unknown as PlainRelationship[] }];
  });
}

/** Ids of the nodes the rows of appearances.cypher name. */
export function appearanceNodeIds(rows: ReadonlyArray<Record<string, PlainValue>>): string[] {
  return [...new Set(rows.flatMap((row) => [String(row.id), ...(typeof row.countyId === "string" ? [row.countyId] : [])]))];
}

/** What appearance-facts.cypher needs: each entity with the reports of its rows. */
export function factRequests(rows: readonly AppearanceRow[]): Array<{ id: string; reports: string[] }> {
  const reports = new Map<string, Set<string>>();
  for (const row of rows) {
    const id = nodeKey(row.c);
    const set = reports.get(id) ?? new Set<string>();
    reports.set(id, set.add(row.report.id));
  }
  return [...reports].map(([id, set]) => ({ id, reports: [...set] }));
}

/** The rows with each entity's facts of the row's report after the mention. */
export function withFacts(rows: readonly AppearanceRow[], factRows: ReadonlyArray<Record<string, PlainValue>>): AppearanceRow[] {
  const facts = new Map<string, PlainRelationship[]>();
  for (const row of factRows) {
    const rel = row.f as PlainRelationship;
    const key = factKey(String(row.id), String(rel.properties.report));
    const list = facts.get(key) ?? [];
    facts.set(key, list);
    list.push(rel);
  }
  return rows.map((row) => ({ ...row, rels: [...row.rels, ...(facts.get(factKey(nodeKey(row.c), row.report.id)) ?? [])] }));
}

function factKey(id: string, report: string): string {
  return `${id}\u0000${report}`;
}

export function buildAppearanceGraph(
  rows: readonly AppearanceRow[],
  options: { title?: string; evidenceCap: number; summaries?: ReadonlyMap<string, NodeSummary> },
): WireGraph {
  const nodes = new Map<string, WireGraph["nodes"][number]>();
  const edges = new Map<string, { source: string; target: string; reports: Set<string>; evidence: Map<string, EvidenceItem> }>();
  for (const row of rows) {
    const entity = nodeKey(row.c);
    const county = countyKey(row);
    if (!nodes.has(entity)) nodes.set(entity, { key: entity, attributes: nodeAttributes(row.c, options.summaries?.get(entity)) });
    if (!nodes.has(county)) nodes.set(county, { key: county, attributes: countyAttributes(row, options.summaries?.get(county)) });
    const key = edgeKeyOf("APPEARS_IN", entity, county);
    const edge = edges.get(key) ?? { source: entity, target: county, reports: new Set(), evidence: new Map() };
    edges.set(key, edge);
    edge.reports.add(row.report.id);
    const forms = nameForms([row.c.properties.name as string, ...stringList(row.c.properties.aliases), ...row.rels.flatMap((rel) => stringList(rel.properties.names))]);
    const reports = new Map([[row.report.id, row.report]]);
    for (const rel of row.rels) {
      for (const item of evidenceOf(rel, forms, reports)) edge.evidence.set(`${item.report}:${item.start}:${item.end}:${item.text}`, item);
    }
  }
  return wireGraph(
    [...nodes.values()],
    [...edges.values()].map((edge) => {
      const evidence = [...edge.evidence.values()].sort((a, b) => a.report.localeCompare(b.report) || (a.start ?? 0) - (b.start ?? 0));
      return wireEdge(edge.source, edge.target, {
        relType: "APPEARS_IN",
        label: "APPEARS_IN",
        reports: [...edge.reports],
        evidence: evidence.slice(0, options.evidenceCap),
        evidenceCount: evidence.length,
        props: {},
      });
    }),
    options.title,
  );
}

function countyAttributes(row: Pick<AppearanceRow, "k" | "county">, summary: NodeSummary | undefined) {
  if (row.k) return nodeAttributes(row.k, summary);
  return { label: row.county, kind: "County" as const, aliases: [], counties: [row.county], degree: summary?.degree ?? 0, props: {} };
}

/** How many appearances (company, report) the companies' summaries count. */
export function summarizedAppearances(companies: readonly PlainNode[]): number {
  return companies.reduce((sum, company) => sum + numberList(company.properties.countyReports).reduce((a, b) => a + b, 0), 0);
}

/** Ids of the County entities that the companies' summaries name. */
export function summarizedCountyIds(companies: readonly PlainNode[]): string[] {
  return [...new Set(companies.flatMap((company) => stringList(company.properties.countyIds).filter((id) => id !== "")))];
}

/**
 * The same graph as buildAppearanceGraph, from the companies' summaries
 * alone: one APPEARS_IN edge per company and county, counting its reports
 * and evidence sentences without carrying them (the explorer fetches an
 * edge's evidence when it is opened). For views too big to embed evidence:
 * a popular firm's appearances in 10,000 reports are hundreds of thousands
 * of sentences.
 */
export function buildSummaryAppearanceGraph(
  companies: readonly PlainNode[],
  counties: ReadonlyMap<string, PlainNode>,
  options: { title?: string; summaries?: ReadonlyMap<string, NodeSummary> },
): WireGraph {
  const nodes = new Map<string, WireGraph["nodes"][number]>();
  const edges: WireGraph["edges"] = [];
  for (const company of companies) {
    const entity = nodeKey(company);
    nodes.set(entity, { key: entity, attributes: nodeAttributes(company, options.summaries?.get(entity)) });
    const names = stringList(company.properties.countyNames);
    const ids = stringList(company.properties.countyIds);
    const reports = numberList(company.properties.countyReports);
    const evidence = numberList(company.properties.countyEvidence);
    names.forEach((name, i) => {
      const k = counties.get(ids[i] ?? "") ?? null;
      const county = countyKey({ k, county: name });
      if (!nodes.has(county)) nodes.set(county, { key: county, attributes: countyAttributes({ k, county: name }, options.summaries?.get(county)) });
      edges.push(
        wireEdge(entity, county, { relType: "APPEARS_IN", label: "APPEARS_IN", reports: [], evidence: [], evidenceCount: evidence[i] ?? 0, props: { reports: reports[i] ?? 0 } }),
      );
    });
  }
  return wireGraph([...nodes.values()], edges, options.title);
}

function numberList(value: PlainValue | undefined): number[] {
  return Array.isArray(value) ? value.map(Number) : [];
}
