/**
 * Graph administration
 * ====================
 *
 * Size of the graph, server version, and wiping (for tests on their own
 * database). Cypher in cypher/admin/.
 */
import neo4j from "neo4j-driver";
import { loadCypher } from "./cypher-files.ts";
import { sessionFor, type Graph } from "./driver.ts";
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
 * Deletes all nodes and relationships (keeps constraints and indexes), in
 * transactions of `batch` rows so that a big graph fits the server's
 * transaction memory. Returns the number of nodes deleted.
 */
export async function wipeGraph(graph: Graph, batch = 10_000): Promise<number> {
  const session = sessionFor(graph, neo4j.session.WRITE);
  try {
    const result = await session.run(loadCypher("admin/wipe"), cypherParams({ batch }));
    return Number(result.records[0]?.get("deleted") ?? 0);
  } finally {
    await session.close();
  }
}
