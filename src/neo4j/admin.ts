/**
 * Graph administration
 * ====================
 *
 * Size of the graph, server version, and wiping (for tests on their own
 * database). Cypher in cypher/admin/.
 */
import neo4j from "neo4j-driver";
import { loadCypher } from "./cypher-files.ts";
import { databaseOption, type Graph } from "./driver.ts";
import { cypherParams } from "./params.ts";
import { runReadQuery } from "./read.ts";

export interface GraphCounts {
  nodes: number;
  relationships: number;
  reports: number;
  entities: number;
  counties: number;
  companies: number;
  projects: number;
  slogans: number;
  persons: number;
  mentions: number;
  hasProject: number;
  involves: number;
  locatedIn: number;
  promotes: number;
  holdsOffice: number;
}

export async function countGraph(graph: Graph): Promise<GraphCounts> {
  const result = await runReadQuery(graph, loadCypher("admin/count-graph"));
  return result.rows[0] as unknown as GraphCounts;
}

export interface ServerVersion {
  name: string;
  version: string;
  edition: string;
}

export async function serverVersion(graph: Graph): Promise<ServerVersion> {
  const result = await runReadQuery(graph, loadCypher("admin/server-version"));
  return result.rows[0] as unknown as ServerVersion;
}

/**
 * Deletes all nodes and relationships (keeps constraints and indexes):
 * relationships, then nodes, `batch` at a time, each batch its own
 * transaction, so that a big graph fits the server's transaction memory.
 * Used by the tests on their own database and by the benchmarks. Returns
 * the number of nodes deleted.
 */
export async function wipeGraph(graph: Graph, batch = 10_000): Promise<number> {
  await deleteInBatches(graph, "admin/wipe-relationships", batch);
  // A deleted node's properties stay in the transaction's state, and a Report holds its whole text.
  return deleteInBatches(graph, "admin/wipe-nodes", Math.max(1, Math.floor(batch / 10)));
}

async function deleteInBatches(graph: Graph, statement: string, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await graph.driver.executeQuery(loadCypher(statement), cypherParams({ batch }), {
      routing: neo4j.routing.WRITE,
      ...databaseOption(graph),
    });
    const deleted = Number(result.records[0]?.get("deleted") ?? 0);
    total += deleted;
    if (deleted < batch) return total;
  }
}
