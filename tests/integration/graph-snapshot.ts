/**
 * Graph snapshots for comparing loads
 * ===================================
 *
 * Everything in a Neo4j graph except the loads' bookkeeping (when a report was
 * loaded, its file's key: set once the whole file is in), in a canonical form:
 * `snapshot(graph)` gives the counts, one digest of the whole graph, and per
 * report the digest of what it contributed (its node, its MENTIONS and the
 * facts carrying its id), so a test can check that two loads built the same
 * graph and that an interrupted load left every report whole or absent.
 */
import { createHash } from "node:crypto";
import { countGraph, type GraphCounts } from "../../src/neo4j/admin.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { runReadQuery, type PlainValue } from "../../src/neo4j/read.ts";

export interface GraphSnapshot {
  counts: GraphCounts;
  /** sha256 of every node and relationship with its properties (without loadedAt). */
  digest: string;
  /** Report id -> sha256 of the report node and the relationships that carry its id. */
  reports: Map<string, string>;
}

const NO_LIMIT = { maxRows: 10_000_000, timeoutMs: 300_000 };

export async function snapshot(graph: Graph): Promise<GraphSnapshot> {
  const nodes = await runReadQuery(graph, "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props", {}, NO_LIMIT);
  const rels = await runReadQuery(
    graph,
    "MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props",
    {},
    NO_LIMIT,
  );
  const nodeLines = nodes.rows.map((row) => canonical({ ...row, labels: [...(row.labels as string[])].sort(), props: withoutLoadBookkeeping(row.props) }));
  const relLines = rels.rows.map((row) => ({ line: canonical(row), report: reportOf(row) }));
  const byReport = new Map<string, string[]>();
  for (const row of nodes.rows) if ((row.labels as string[]).includes("Report")) byReport.set(String(row.id), [canonical({ ...row, props: withoutLoadBookkeeping(row.props) })]);
  for (const { line, report } of relLines) if (report) byReport.set(report, [...(byReport.get(report) ?? []), line]);
  return {
    counts: await countGraph(graph),
    digest: digest([...nodeLines, ...relLines.map((rel) => rel.line)]),
    reports: new Map([...byReport].map(([id, lines]) => [id, digest(lines)])),
  };
}

function reportOf(row: Record<string, PlainValue>): string | null {
  if (row.type === "MENTIONS") return String(row.source);
  const report = (row.props as Record<string, PlainValue>).report;
  return typeof report === "string" ? report : null;
}

function withoutLoadBookkeeping(props: PlainValue | undefined): PlainValue {
  const { loadedAt: _loadedAt, fileKey: _fileKey, fileReports: _fileReports, ...rest } = props as Record<string, PlainValue>;
  return rest;
}

function digest(lines: string[]): string {
  const hash = createHash("sha256");
  for (const line of [...lines].sort()) hash.update(line).update("\n");
  return hash.digest("hex");
}

/** JSON with object keys sorted at every level. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
