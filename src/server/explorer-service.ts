/**
 * Explorer service
 * ================
 *
 * What the HTTP API and `kg export` ask of the graph, one method per need:
 * search, node details, edge evidence, neighbourhood expansion, reports,
 * facets, saved queries and read-only Cypher. Cypher comes from
 * cypher/explorer/*.cypher (the API's own reads) and cypher/queries/ (the
 * saved queries users see); every read goes through runReadQuery, in a read
 * transaction with a timeout and a row cap.
 */
import { NotFoundError } from "./errors.ts";
import { loadCypher } from "../neo4j/cypher-files.ts";
import { assertReadOnlyCypher } from "../neo4j/cypher-guard.ts";
import { runReadQuery, runUserQuery, type PlainNode, type PlainRelationship, type PlainValue, type ReadOptions, type ReadResult } from "../neo4j/read.ts";
import { bindParams, getSavedQuery, listSavedQueries } from "../neo4j/saved-queries.ts";
import type { RelationType } from "../types.ts";
import type {
  EdgeEvidenceResponse,
  EdgeType,
  EntityDetailsResponse,
  ExpandRequest,
  ExpandResponse,
  FacetsResponse,
  HealthResponse,
  NodeKind,
  QueryResult,
  ReportRef,
  ReportResponse,
  SavedQueryInfo,
  SearchHit,
  SearchGraphResponse,
  SearchResponse,
  WireGraph,
} from "./api-types.ts";
import {
  appearanceNodeIds,
  asAppearanceRows,
  buildAppearanceGraph,
  buildSummaryAppearanceGraph,
  countyKey,
  factRequests,
  summarizedAppearances,
  summarizedCountyIds,
  withFacts,
  type AppearanceRow,
} from "./appearances.ts";
import {
  buildGraph,
  collectElements,
  collectFromRows,
  evidenceOf,
  nodeAttributes,
  nodeKey,
  nodeKeysOf,
  reportIdsOf,
  stringList,
  type GraphElements,
  type NodeSummary,
} from "./graph-build.ts";
import type { GraphProvider } from "./graph-provider.ts";
import { nameForms } from "./highlights.ts";
import { searchLookup } from "./lucene.ts";
import { scriptVariants } from "./script-variants.ts";
import { fullEdgeAttributes } from "./wire-edges.ts";

export interface ServiceLimits {
  /** Cypher console and saved queries: most rows, and time before the query is stopped. */
  maxRows: number;
  queryTimeoutMs: number;
  /** The API's own reads (search, details, expansion). */
  readTimeoutMs: number;
  /** Most neighbours one expansion adds. */
  maxExpand: number;
  /** Evidence sentences carried per edge in graphs (all are counted). */
  evidenceCap: number;
  /** Relationships listed in a node's side panel. */
  factLimit: number;
  /**
   * Companies-across-counties views with more appearances (company, report)
   * than this are drawn from the companies' summaries, their edges' evidence
   * fetched when opened; smaller ones carry it.
   */
  embedAppearancesUpTo: number;
}

export const DEFAULT_LIMITS: ServiceLimits = {
  maxRows: 1_000,
  queryTimeoutMs: 15_000,
  readTimeoutMs: 15_000,
  maxExpand: 500,
  evidenceCap: 20,
  factLimit: 300,
  embedAppearancesUpTo: 2_000,
};

/** Entity and report ids (src/ids.ts): type prefix and a 16-digit hash. */
const NODE_ID = /^(county|company|project|slogan|person|report):[0-9a-f]{16}$/;
/** Strings longer than this are cut in table rows (report texts). */
const MAX_CELL_CHARS = 2_000;

type GraphBuilder = (service: ExplorerService, result: ReadResult, title: string) => Promise<WireGraph>;

/** Saved queries whose rows carry ids rather than graph elements, and how to draw them. */
const QUERY_GRAPHS: Record<string, GraphBuilder> = {
  "companies-across-counties": (service, result, title) =>
    service.appearancesGraph(
      result.rows.map((row) => row.companyId).filter((id): id is string => typeof id === "string"),
      title,
    ),
};

export class ExplorerService {
  constructor(
    private readonly graphs: GraphProvider,
    readonly limits: ServiceLimits = DEFAULT_LIMITS,
  ) {}

  get uri(): string {
    return this.graphs.uri;
  }

  async health(): Promise<HealthResponse> {
    try {
      const result = await this.read("admin/count-graph", {});
      const row = result.rows[0] ?? {};
      return {
        ok: true,
        neo4j: { connected: true, uri: this.uri },
        counts: { nodes: Number(row.nodes ?? 0), relationships: Number(row.relationships ?? 0) },
      };
    } catch (error) {
      return { ok: false, neo4j: { connected: false, uri: this.uri, message: (error as Error).message } };
    }
  }

  /**
   * Plans the reads of a first visit before the user arrives (the first run
   * of a query is several times slower). EXPLAIN plans a query and fills
   * Neo4j's plan cache without running it, so the warm-up takes the same
   * short time on a graph of any size; the parameters have the types of the
   * real calls (the cache is keyed by them).
   */
  async warmUp(): Promise<void> {
    const id = "company:0000000000000000";
    const saved = getSavedQuery("companies-across-counties");
    const reads: Array<[string, Record<string, unknown>]> = [
      [saved.cypher, bindParams(saved, {})],
      [loadCypher("explorer/appearances"), { ids: [id], county: null }],
      [loadCypher("explorer/appearance-facts"), { appearances: [{ id, reports: [id] }] }],
      [loadCypher("explorer/search"), { ...searchLookup(["县"]), variants: ["县"], limit: 5 }],
      [loadCypher("explorer/expand"), { id, limit: 10, includeReports: false }],
      [loadCypher("explorer/edges-among"), { ids: [id], among: [id], includeReports: false }],
      [loadCypher("explorer/nodes-by-id"), { ids: [id] }],
      [loadCypher("explorer/node-summaries"), { ids: [id], withNodes: true }],
      [loadCypher("explorer/reports-by-id"), { ids: [id] }],
      [loadCypher("explorer/facets"), {}],
    ];
    const options: ReadOptions = { timeoutMs: this.limits.readTimeoutMs, maxRows: 1 };
    for (const [cypher, params] of reads) await this.graphs.use((graph) => runReadQuery(graph, `EXPLAIN ${cypher}`, params, options));
  }

  async search(query: string, limit: number): Promise<SearchResponse> {
    const variants = scriptVariants(query);
    if (variants.length === 0) return { query, variants, hits: [] };
    const result = await this.read("explorer/search", { ...searchLookup(variants), variants, limit });
    const hits = result.rows.map(
      (row): SearchHit => ({
        id: String(row.id),
        name: String(row.name),
        kind: String(row.kind) as NodeKind,
        aliases: stringList(row.aliases),
        counties: stringList(row.counties),
        degree: Number(row.degree ?? 0),
        score: Number(row.score ?? 0),
      }),
    );
    return { query, variants, hits };
  }

  /** A search shown as a graph: every hit, and the neighbourhood of the best one. */
  async searchGraph(query: string, limit: number, expandLimit: number): Promise<SearchGraphResponse> {
    const search = await this.search(query, limit);
    const focus = search.hits[0]?.id ?? null;
    if (!focus) return { search, graph: buildGraph({ nodes: new Map(), relationships: new Map() }, { title: `search: ${query}` }), focus, total: 0, shown: 0 };
    const expanded = await this.expand({ id: focus, limit: expandLimit, includeReports: false, known: search.hits.map((hit) => hit.id) });
    const elements = collectElements([]);
    const hitNodes = await this.read("explorer/nodes-by-id", { ids: search.hits.map((hit) => hit.id) });
    collectElements(hitNodes.rows.map((row) => row.n ?? null)).nodes.forEach((node, key) => elements.nodes.set(key, node));
    const hitsGraph = await this.enrich(elements, `search: ${query}`);
    const keys = new Set(expanded.graph.nodes.map((node) => node.key));
    const graph: WireGraph = {
      ...expanded.graph,
      attributes: { title: `search: ${query}` },
      nodes: [...expanded.graph.nodes, ...hitsGraph.nodes.filter((node) => !keys.has(node.key))],
    };
    return { search, graph, focus, total: expanded.total, shown: expanded.shown };
  }

  async entity(id: string): Promise<EntityDetailsResponse> {
    const result = await this.read("explorer/entity-details", { id, factLimit: this.limits.factLimit });
    const row = result.rows[0];
    if (!row) throw new NotFoundError(`no entity or report with id "${id}"`);
    const node = row.n as PlainNode;
    const attributes = nodeAttributes(node, { degree: Number(row.degree ?? 0), counties: stringList(row.counties) });
    const reports = (row.reports as unknown as ReportRef[]) ?? [];
    const reportsById = await this.reportsById(
      (row.facts as unknown as Array<{ rel: PlainRelationship }>).map((fact) => String(fact.rel.properties.report ?? "")),
      reports,
    );
    return {
      id,
      name: attributes.label,
      kind: attributes.kind,
      aliases: attributes.aliases,
      counties: attributes.counties,
      degree: attributes.degree,
      props: attributes.props,
      reports,
      facts: groupFacts(node, row.facts as unknown as Array<{ rel: PlainRelationship; other: PlainNode }>, reportsById, this.limits.evidenceCap),
    };
  }

  async edgeEvidence(source: string, target: string, type: EdgeType): Promise<EdgeEvidenceResponse> {
    if (type === "APPEARS_IN") return this.appearanceEvidence(source, target);
    const result = await this.read("explorer/edge-evidence", { source, target, type });
    const first = result.rows[0];
    if (!first) throw new NotFoundError(`no ${type} relationship from "${source}" to "${target}"`);
    const a = first.a as PlainNode;
    const b = first.b as PlainNode;
    const forms = nameForms([...namesOf(a), ...namesOf(b)]);
    const items = result.rows.flatMap((row) => {
      const rel = row.f as PlainRelationship;
      const report = row.report as unknown as ReportRef | null;
      const reports = new Map(report ? [[report.id, report]] : []);
      return evidenceOf(rel, nameForms([...forms, ...stringList(rel.properties.names)]), reports);
    });
    return { type, source: ref(a), target: ref(b), items };
  }

  async expand(request: Required<ExpandRequest>): Promise<ExpandResponse> {
    const limit = Math.min(request.limit, this.limits.maxExpand);
    const result = await this.read("explorer/expand", { id: request.id, limit, includeReports: request.includeReports });
    const first = result.rows[0];
    if (!first) throw new NotFoundError(`no entity or report with id "${request.id}"`);
    const elements = collectElements(result.rows.flatMap((row) => [row.e ?? null, row.n ?? null, row.rels ?? null]));
    const newIds = nodeKeysOf(elements);
    await this.connect(elements, newIds, [...new Set([...request.known, ...newIds])], request.includeReports);
    const graph = await this.enrich(elements, `expand: ${String((first.e as PlainNode).properties.name ?? request.id)}`);
    const shown = result.rows.filter((row) => row.n !== null).length;
    return { graph, total: Number(first.total ?? 0), shown };
  }

  async report(id: string): Promise<ReportResponse> {
    const query = getSavedQuery("report-source");
    const result = await this.graphs.use((graph) =>
      runReadQuery(graph, query.cypher, bindParams(query, { report: id }), { timeoutMs: this.limits.readTimeoutMs, maxRows: 1 }),
    );
    const row = result.rows[0];
    if (!row) throw new NotFoundError(`no report with id "${id}"`);
    return {
      id,
      title: String(row.title ?? ""),
      source: (row.source as string | null) ?? null,
      date: (row.date as string | null) ?? null,
      subject: (row.subject as string | null) ?? null,
      text: String(row.text ?? ""),
    };
  }

  async facets(): Promise<FacetsResponse> {
    const result = await this.read("explorer/facets", {});
    const row = result.rows[0] ?? {};
    return {
      kinds: (row.kinds as unknown as FacetsResponse["kinds"]) ?? [],
      counties: (row.counties as unknown as FacetsResponse["counties"]) ?? [],
    };
  }

  savedQueries(): SavedQueryInfo[] {
    return listSavedQueries().map((query) => ({
      name: query.name,
      description: query.description,
      params: query.params.map((param) => ({ ...param, ...(param.default !== undefined ? { default: param.default } : {}) })),
      columns: query.columns.map((column) => column.name),
    }));
  }

  async runSavedQuery(name: string, given: Record<string, unknown>): Promise<QueryResult> {
    const query = getSavedQuery(name);
    const params = bindParams(query, given);
    const result = await this.graphs.use((graph) =>
      runReadQuery(graph, query.cypher, params, { timeoutMs: this.limits.queryTimeoutMs, maxRows: this.limits.maxRows }),
    );
    const title = `${name}${Object.keys(given).length ? ` (${Object.values(params).join(", ")})` : ""}`;
    const graph = await (QUERY_GRAPHS[name] ?? defaultGraph)(this, result, title);
    return { name, ...compactResult(result), graph };
  }

  /** User Cypher: the read-only guard first (src/neo4j/cypher-guard.ts), then a READ transaction. */
  async cypher(query: string, params: Record<string, unknown>): Promise<QueryResult> {
    assertReadOnlyCypher(query);
    const result = await this.graphs.use((graph) =>
      runUserQuery(graph, query, params, { timeoutMs: this.limits.queryTimeoutMs, maxRows: this.limits.maxRows }),
    );
    return { ...compactResult(result), graph: await defaultGraph(this, result, "cypher") };
  }

  /** The derived graph of where entities appear, by county (see ./appearances.ts). */
  async appearancesGraph(ids: string[], title: string): Promise<WireGraph> {
    if (ids.length === 0) return buildAppearanceGraph([], { title, evidenceCap: this.limits.evidenceCap });
    const companies = await this.nodesWithSummaries(ids);
    const companyNodes = new Map([...companies].map(([id, { node }]) => [id, node]));
    if (summarizedAppearances([...companyNodes.values()]) > this.limits.embedAppearancesUpTo) return this.summaryAppearancesGraph(companies, title);
    const rows = await this.appearances(ids, companyNodes);
    const countyKeys = [...new Set(rows.map(countyKey))];
    const summaries = await this.summaries(countyKeys);
    for (const [id, { summary }] of companies) summaries.set(id, summary);
    return buildAppearanceGraph(rows, { title, evidenceCap: this.limits.evidenceCap, summaries });
  }

  /**
   * The companies-across-counties graph from the companies' summaries (see
   * ServiceLimits.embedAppearancesUpTo): the companies were read with their
   * summaries, their counties are, in one more read.
   */
  private async summaryAppearancesGraph(companies: ReadonlyMap<string, NodeWithSummary>, title: string): Promise<WireGraph> {
    const companyNodes = [...companies.values()].map(({ node }) => node);
    const counties = await this.nodesWithSummaries(summarizedCountyIds(companyNodes));
    const summaries = new Map([...companies, ...counties].map(([id, { summary }]) => [id, summary]));
    const countyNodes = new Map([...counties].map(([id, { node }]) => [id, node]));
    return buildSummaryAppearanceGraph(companyNodes, countyNodes, { title, summaries });
  }

  /** A graph from any rows: their nodes, relationships and paths, and the nodes their id columns name. */
  async graphFromRows(result: ReadResult, title: string): Promise<WireGraph> {
    const elements = collectFromRows(result.rows);
    const ids = idsInRows(result.rows).filter((id) => !nodeKeysOf(elements).includes(id));
    if (ids.length > 0) {
      const nodes = await this.read("explorer/nodes-by-id", { ids });
      for (const row of nodes.rows) collectElements([row.n ?? null]).nodes.forEach((node, key) => elements.nodes.set(key, node));
      if (elements.relationships.size === 0) {
        const keys = nodeKeysOf(elements);
        await this.connect(elements, keys, keys, false);
      }
    }
    return this.enrich(elements, title);
  }

  private async appearanceEvidence(source: string, target: string): Promise<EdgeEvidenceResponse> {
    const graph = buildAppearanceGraph(
      (await this.appearances([source])).filter((row) => countyKey(row) === target),
      { evidenceCap: Number.MAX_SAFE_INTEGER },
    );
    const edge = graph.edges[0];
    if (!edge) throw new NotFoundError(`"${source}" does not appear in reports about "${target}"`);
    const node = (key: string) => graph.nodes.find((candidate) => candidate.key === key)!.attributes!;
    const sourceNode = node(source);
    const targetNode = node(target);
    return {
      type: "APPEARS_IN",
      source: { id: source, name: sourceNode.label, kind: sourceNode.kind },
      target: { id: target, name: targetNode.label, kind: targetNode.kind },
      items: fullEdgeAttributes(edge.attributes).evidence,
    };
  }

  /** Rows of where entities appear, with the mention and the entity's facts of each report; `known` nodes are not read again. */
  private async appearances(ids: string[], known: ReadonlyMap<string, PlainNode> = new Map()): Promise<AppearanceRow[]> {
    const result = await this.read("explorer/appearances", { ids, county: null }, this.limits.maxRows * 20);
    if (result.rows.length === 0) return [];
    const read = await this.nodesById(appearanceNodeIds(result.rows).filter((id) => !known.has(id)));
    const rows = asAppearanceRows(result.rows, new Map([...known, ...read]));
    const facts = await this.read("explorer/appearance-facts", { appearances: factRequests(rows) }, this.limits.maxRows * 200);
    return withFacts(rows, facts.rows);
  }

  /** Entity or report nodes by id, each with its summary (degree, counties), in one read. */
  private async nodesWithSummaries(ids: string[]): Promise<Map<string, NodeWithSummary>> {
    if (ids.length === 0) return new Map();
    const result = await this.read("explorer/node-summaries", { ids, withNodes: true }, ids.length);
    return new Map(
      result.rows.map((row) => {
        const node = row.n as PlainNode;
        // counties is null where the node's own summary holds them.
        const counties = row.counties === null ? stringList(node.properties.countyNames) : stringList(row.counties);
        return [String(row.id), { node, summary: { degree: Number(row.degree ?? 0), counties } }];
      }),
    );
  }

  /** Entity or report nodes by id. */
  private async nodesById(ids: string[]): Promise<Map<string, PlainNode>> {
    if (ids.length === 0) return new Map();
    const result = await this.read("explorer/nodes-by-id", { ids }, ids.length);
    return new Map(result.rows.map((row) => [nodeKey(row.n as PlainNode), row.n as PlainNode]));
  }

  /** Adds the relationships between `ids` and `among` to the elements. */
  private async connect(elements: GraphElements, ids: string[], among: string[], includeReports: boolean): Promise<void> {
    if (ids.length === 0 || among.length === 0) return;
    const result = await this.read("explorer/edges-among", { ids, among, includeReports }, this.limits.maxRows * 20);
    const found = collectFromRows(result.rows);
    found.nodes.forEach((node, key) => elements.nodes.set(key, node));
    found.relationships.forEach((rel, key) => elements.relationships.set(key, rel));
  }

  private async enrich(elements: GraphElements, title: string): Promise<WireGraph> {
    const [summaries, reports] = await Promise.all([this.summaries(nodeKeysOf(elements)), this.reportsById(reportIdsOf(elements))]);
    return buildGraph(elements, { title, evidenceCap: this.limits.evidenceCap, summaries, reports });
  }

  private async summaries(keys: string[]): Promise<Map<string, NodeSummary>> {
    const ids = keys.filter((key) => NODE_ID.test(key));
    if (ids.length === 0) return new Map();
    const result = await this.read("explorer/node-summaries", { ids, withNodes: false }, ids.length);
    return new Map(result.rows.map((row) => [String(row.id), { degree: Number(row.degree ?? 0), counties: stringList(row.counties) }]));
  }

  private async reportsById(ids: string[], known: ReportRef[] = []): Promise<Map<string, ReportRef>> {
    const reports = new Map(known.map((report) => [report.id, report]));
    const missing = [...new Set(ids)].filter((id) => id && !reports.has(id));
    if (missing.length > 0) {
      const result = await this.read("explorer/reports-by-id", { ids: missing }, missing.length);
      for (const row of result.rows) reports.set(String(row.id), row as unknown as ReportRef);
    }
    return reports;
  }

  private read(name: string, params: Record<string, unknown>, maxRows = this.limits.maxRows): Promise<ReadResult> {
    const options: ReadOptions = { timeoutMs: this.limits.readTimeoutMs, maxRows: Math.max(1, maxRows) };
    return this.graphs.use((graph) => runReadQuery(graph, loadCypher(name), params, options));
  }
}

interface NodeWithSummary {
  node: PlainNode;
  summary: NodeSummary;
}

const defaultGraph: GraphBuilder = (service, result, title) => service.graphFromRows(result, title);

function groupFacts(
  node: PlainNode,
  facts: Array<{ rel: PlainRelationship; other: PlainNode }>,
  reports: ReadonlyMap<string, ReportRef>,
  cap: number,
): EntityDetailsResponse["facts"] {
  const groups = new Map<string, EntityDetailsResponse["facts"][number]>();
  for (const { rel, other } of facts) {
    const direction = rel.startElementId === node.elementId ? "out" : "in";
    const key = `${rel.type}|${direction}|${other.elementId}`;
    const evidence = evidenceOf(rel, nameForms([...namesOf(node), ...namesOf(other), ...stringList(rel.properties.names)]), reports);
    const group = groups.get(key);
    if (group) {
      group.evidence.push(...evidence);
      group.evidenceCount += evidence.length;
    } else {
      groups.set(key, { type: rel.type as RelationType, direction, other: ref(other), evidence, evidenceCount: evidence.length });
    }
  }
  for (const group of groups.values()) group.evidence = group.evidence.slice(0, cap);
  return [...groups.values()];
}

function namesOf(node: PlainNode): string[] {
  const attributes = nodeAttributes(node, undefined);
  return attributes.kind === "Report" ? [] : [attributes.label, ...attributes.aliases];
}

function ref(node: PlainNode): { id: string; name: string; kind: NodeKind } {
  const attributes = nodeAttributes(node, undefined);
  return { id: nodeKey(node), name: attributes.label, kind: attributes.kind };
}

/** Node ids found as plain strings in the rows (e.g. a companyId column). */
export function idsInRows(rows: ReadonlyArray<Record<string, PlainValue>>): string[] {
  const ids = new Set<string>();
  const visit = (value: PlainValue): void => {
    if (typeof value === "string") {
      if (NODE_ID.test(value)) ids.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object" && !("kind" in value && (value.kind === "node" || value.kind === "relationship"))) {
      Object.values(value).forEach(visit);
    }
  };
  rows.forEach((row) => Object.values(row).forEach(visit));
  return [...ids];
}

/** Rows for a table: long strings (report texts) cut, so a result stays small. */
function compactResult(result: ReadResult): Omit<QueryResult, "graph"> {
  return { columns: result.columns, rows: result.rows.map((row) => compactValue(row) as Record<string, unknown>), truncated: result.truncated, elapsedMs: result.elapsedMs };
}

function compactValue(value: PlainValue): PlainValue {
  if (typeof value === "string") return value.length > MAX_CELL_CHARS ? `${value.slice(0, MAX_CELL_CHARS)}…` : value;
  if (Array.isArray(value)) return value.map(compactValue);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, compactValue(inner as PlainValue)]));
  return value;
}
