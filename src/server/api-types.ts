/**
 * Explorer API wire types
 * =======================
 *
 * The contract between the HTTP API (src/server) and the explorer UI
 * (graph-ui, which imports these as types only). Graphs travel in
 * graphology's serialisation format, `{attributes, options, nodes, edges}`,
 * with the node and edge attributes below; edges in a compact form
 * (./wire-edges.ts, which the UI imports to read them).
 */
import type { SerializedGraph } from "graphology-types";
import type { EntityType, RelationType } from "../types.ts";

/** What a node stands for: an entity type, or a source report. */
export type NodeKind = EntityType | "Report" | "Other";
export const NODE_KINDS: readonly NodeKind[] = ["County", "Company", "Project", "Slogan", "Person", "Report", "Other"];

/**
 * Edge types: the stored relationship types, plus APPEARS_IN, derived for the
 * "companies across counties" view: an entity named in the reports about a
 * county, with those sentences as evidence.
 */
export type EdgeType = RelationType | "APPEARS_IN";
export const DERIVED_EDGE_TYPES = ["APPEARS_IN"] as const;

export type Scalar = string | number | boolean | null;
export type PropValue = Scalar | Scalar[];

export interface GraphNodeAttributes {
  /** Display name (entity name, report title). */
  label: string;
  kind: NodeKind;
  aliases: string[];
  /** Counties this node belongs to: reports about them mention it, or it is one. */
  counties: string[];
  /** Relationships of the node in the whole database (facts and mentions). */
  degree: number;
  /** Other stored properties (scalars and lists of scalars). */
  props: Record<string, PropValue>;
  /** Set by the UI (layout, appearance); exported as they are. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

/** One evidence sentence of a fact, with the report it comes from. */
export interface EvidenceItem {
  report: string;
  reportTitle: string | null;
  reportSource: string | null;
  reportDate: string | null;
  text: string;
  /** Offsets of the sentence in the report text, when stored. */
  start: number | null;
  end: number | null;
  /** Ranges inside `text` that name an end of the fact (to highlight). */
  highlights: Array<[number, number]>;
}

/**
 * One edge per (relationship type, source, target): the relationships of
 * that type between the two nodes (one per report) are merged into it.
 */
export interface GraphEdgeAttributes {
  relType: EdgeType;
  label: string;
  /** Report ids the merged relationships come from. */
  reports: string[];
  /** Evidence sentences carried by the edge (capped, see evidenceCount). */
  evidence: EvidenceItem[];
  /** All evidence sentences of the merged relationships. */
  evidenceCount: number;
  /** Other relationship properties (role, date...), from the first relationship. */
  props: Record<string, PropValue>;
  size?: number;
  color?: string;
}

export interface GraphAttributes {
  /** What the graph shows, e.g. "search: 闻喜县" or "query: companies-across-counties". */
  title?: string;
}

/**
 * An edge's attributes as they travel: relType, and the others only where
 * they differ from their defaults (src/server/wire-edges.ts restores them).
 */
export type WireEdgeAttributes = Pick<GraphEdgeAttributes, "relType"> & Partial<GraphEdgeAttributes>;

/** A graph as it travels; an edge without a key has the key `relType|source|target`. */
export type WireGraph = SerializedGraph<GraphNodeAttributes, WireEdgeAttributes, GraphAttributes>;
export type WireEdge = WireGraph["edges"][number];

export interface ApiErrorBody {
  error: {
    /** Machine-readable: bad-request, not-found, neo4j-unavailable, query-error, timeout, internal. */
    code: ApiErrorCode;
    message: string;
    /** Neo4j's own error code (e.g. Neo.ClientError.Statement.SyntaxError) when it reported the error. */
    neo4jCode?: string;
  };
}
export type ApiErrorCode =
  | "bad-request"
  | "not-found"
  | "neo4j-unavailable"
  | "query-error"
  | "read-only"
  | "timeout"
  | "unauthorized"
  | "forbidden"
  | "internal";

export interface HealthResponse {
  ok: boolean;
  neo4j: { connected: boolean; uri: string; message?: string };
  counts?: { nodes: number; relationships: number };
}

export interface SearchHit {
  id: string;
  name: string;
  kind: NodeKind;
  aliases: string[];
  counties: string[];
  degree: number;
  score: number;
}

export interface SearchResponse {
  query: string;
  /** The query in the scripts searched (as typed, Simplified, Traditional). */
  variants: string[];
  hits: SearchHit[];
}

/** A search and its result as a graph: the hits, and the best hit's neighbourhood. */
export interface SearchGraphResponse {
  search: SearchResponse;
  graph: WireGraph;
  /** The hit whose neighbourhood the graph shows (exact matches first). */
  focus: string | null;
  total: number;
  shown: number;
}

export interface ReportRef {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  subject: string | null;
}

/** Evidence of all relationships of one type between two nodes. */
export interface EdgeEvidenceResponse {
  type: EdgeType;
  source: { id: string; name: string; kind: NodeKind };
  target: { id: string; name: string; kind: NodeKind };
  items: EvidenceItem[];
}

export interface EntityDetailsResponse {
  id: string;
  name: string;
  kind: NodeKind;
  aliases: string[];
  counties: string[];
  degree: number;
  props: Record<string, PropValue>;
  /** Reports that mention the entity. */
  reports: ReportRef[];
  /** Facts of the entity, with their evidence (capped per fact). */
  facts: Array<{
    type: RelationType;
    direction: "out" | "in";
    other: { id: string; name: string; kind: NodeKind };
    evidence: EvidenceItem[];
    evidenceCount: number;
  }>;
}

export interface ReportResponse extends ReportRef {
  text: string;
}

export interface SavedQueryParam {
  name: string;
  type: string;
  description: string;
  default?: Scalar;
}

export interface SavedQueryInfo {
  name: string;
  description: string;
  params: SavedQueryParam[];
  columns: string[];
}

/** Rows of a query (saved or Cypher console), and the graph found in them. */
export interface QueryResult {
  name?: string;
  columns: string[];
  rows: Array<Record<string, unknown>>;
  /** true when rows were cut at the row cap. */
  truncated: boolean;
  elapsedMs: number;
  graph: WireGraph;
}

export interface ExpandRequest {
  id: string;
  limit?: number;
  includeReports?: boolean;
  /** Ids of the nodes the view shows already: new nodes get connected to them. */
  known?: string[];
}

export interface ExpandResponse {
  graph: WireGraph;
  /** Neighbours there are, and how many the graph holds (at most the limit). */
  total: number;
  shown: number;
}

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

export interface ExportFileBody {
  name: string;
  mime: string;
  /** Text content (all formats the server writes are text). */
  content: string;
}

export interface ExportResponse {
  format: string;
  files: ExportFileBody[];
}

export interface FacetsResponse {
  kinds: Array<{ kind: NodeKind; count: number }>;
  counties: Array<{ name: string; count: number }>;
}
