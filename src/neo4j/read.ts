/**
 * Read queries
 * ============
 *
 * The one way the CLI and the HTTP API run Cypher for users: in a READ
 * transaction (session access mode READ), so the server rejects any write
 * (ReadOnlyViolationError), with a transaction timeout and a row cap. Cypher
 * that users type (`runUserQuery`) first passes the read-only guard
 * (cypher-guard.ts): procedures, LOAD CSV and admin commands that READ mode
 * would let through are refused before they reach Neo4j. Results
 * come back as plain JSON-ready values: integers as numbers, nodes,
 * relationships and paths as small objects, temporal values as ISO strings.
 */
import neo4j, { type Node, type Path, type Record as Neo4jRecord, type Relationship } from "neo4j-driver";
import { ReadOnlyViolationError, UsageError } from "../errors.ts";
import { assertReadOnlyCypher } from "./cypher-guard.ts";
import { sessionFor, type Graph } from "./driver.ts";
import { QueryError } from "./errors.ts";
import { cypherParams } from "./params.ts";

export interface ReadOptions {
  /** Server-side transaction timeout (default 30 s). */
  timeoutMs?: number;
  /** Rows returned at most; `truncated` says when more existed (default 1000). */
  maxRows?: number;
}

export interface PlainNode {
  kind: "node";
  elementId: string;
  labels: string[];
  properties: Record<string, PlainValue>;
}

export interface PlainRelationship {
  kind: "relationship";
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, PlainValue>;
}

export interface PlainPath {
  kind: "path";
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

export type PlainValue =
  | string
  | number
  | boolean
  | null
  | PlainValue[]
  | PlainNode
  | PlainRelationship
  | PlainPath
  | { [key: string]: PlainValue };

export interface ReadResult {
  columns: string[];
  rows: Array<Record<string, PlainValue>>;
  truncated: boolean;
  elapsedMs: number;
}

export const DEFAULT_READ_OPTIONS = { timeoutMs: 30_000, maxRows: 1_000 } as const;

export async function runReadQuery(
  graph: Graph,
  query: string,
  params: Record<string, unknown> = {},
  options: ReadOptions = {},
): Promise<ReadResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_READ_OPTIONS.timeoutMs;
  const maxRows = options.maxRows ?? DEFAULT_READ_OPTIONS.maxRows;
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new UsageError("maxRows must be a positive integer");
  const started = Date.now();
  const session = sessionFor(graph, neo4j.session.READ);
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(query, cypherParams(params));
        const rows: Array<Record<string, PlainValue>> = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === maxRows) {
            truncated = true;
            break;
          }
          rows.push(plainRecord(record));
        }
        const columns = rows.length > 0 ? Object.keys(rows[0]!) : await keysOf(result);
        return { columns, rows, truncated, elapsedMs: Date.now() - started };
      },
      { timeout: timeoutMs },
    );
  } catch (error) {
    throw translate(error, timeoutMs);
  } finally {
    await session.close();
  }
}

/** Cypher typed by a user: checked by the read-only guard, then run as a read. */
export async function runUserQuery(graph: Graph, query: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<ReadResult> {
  assertReadOnlyCypher(query);
  return runReadQuery(graph, query, params, options);
}

async function keysOf(result: { keys(): Promise<PropertyKey[]> }): Promise<string[]> {
  try {
    return (await result.keys()).map(String);
  } catch {
    return [];
  }
}

function translate(error: unknown, timeoutMs: number): unknown {
  const code = (error as { code?: string }).code ?? "";
  const message = (error as Error).message ?? String(error);
  if (code === "Neo.ClientError.Statement.AccessMode" || /in read access mode/i.test(message)) {
    return new ReadOnlyViolationError(`read-only: this query writes to the graph, which is not allowed here (${firstLine(message)})`);
  }
  if (code.includes("TransactionTimedOut") || code.includes("Transaction.TransactionTimedOutClientConfiguration")) {
    return new QueryError(`the query ran longer than ${timeoutMs} ms and was stopped`, code);
  }
  if (code.startsWith("Neo.ClientError.Statement") || code.startsWith("Neo.ClientError.Procedure")) {
    return new QueryError(firstLine(message), code);
  }
  return error;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

export function plainRecord(record: Neo4jRecord): Record<string, PlainValue> {
  const row: Record<string, PlainValue> = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

/** Converts a driver value (Integer, Node, Path, temporal...) to plain JSON-ready data. */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (neo4j.isInt(value)) {
    // Integer.inSafeRange() allocates two Integers per call: 23 ms for the 48,000 counts of the companies view.
    // An unsafe value converts to a number beyond the safe range, so this tells the same.
    const int = value as unknown as { toNumber(): number; toString(): string };
    const number = int.toNumber();
    return Number.isSafeInteger(number) ? number : int.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value as object)) return plainNode(value as Node);
  if (neo4j.isRelationship(value as object)) return plainRelationship(value as Relationship);
  if (neo4j.isPath(value as object)) {
    const path = value as Path;
    const nodes = [path.start, ...path.segments.map((segment) => segment.end)].map(plainNode);
    return { kind: "path", nodes, relationships: path.segments.map((segment) => plainRelationship(segment.relationship)) };
  }
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return String(value);
}

function plainNode(node: Node): PlainNode {
  return { kind: "node", elementId: node.elementId, labels: [...node.labels], properties: plainProperties(node.properties) };
}

function plainRelationship(rel: Relationship): PlainRelationship {
  return {
    kind: "relationship",
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}

function plainProperties(properties: object): Record<string, PlainValue> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, toPlain(value)]));
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value as object) ||
    neo4j.isDateTime(value as object) ||
    neo4j.isLocalDateTime(value as object) ||
    neo4j.isTime(value as object) ||
    neo4j.isLocalTime(value as object) ||
    neo4j.isDuration(value as object) ||
    neo4j.isPoint(value as object)
  );
}
