/**
 * County summaries
 * ================
 *
 * Every explorer graph shows, for each node, the counties whose reports
 * mention it (cypher/explorer/node-summaries.cypher). A county is mentioned
 * by every report about it and many about its neighbours: counting that at
 * query time read some 34,000 reports for the 500 counties of the companies
 * view on 10,000 reports (170-450 ms). So each County carries the list,
 * `countyNames` with `countyCount`, computed by
 * cypher/summaries/set-county-summaries.cypher with the expression
 * node-summaries uses for other nodes.
 *
 * Kept true the way company summaries are (./summaries.ts): a load removes
 * `countyCount` from the counties of the reports it writes, replaces or
 * deletes, in the same transaction, and computes the missing ones at its end.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { loadCypher } from "./cypher-files.ts";
import type { Graph } from "./driver.ts";
import { refreshStale } from "./summary-batches.ts";

/** Counties per transaction when summaries are computed. */
const BATCH = 500;

/** Computes the summary of every county that lacks one; returns how many were computed. */
export function refreshCountySummaries(graph: Graph): Promise<number> {
  return refreshStale(graph, "summaries/stale-counties", BATCH, writeSummaries);
}

async function writeSummaries(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await tx.run(loadCypher("summaries/set-county-summaries"), { ids });
}
