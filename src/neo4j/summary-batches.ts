/**
 * Stale summaries, batch by batch
 * ===============================
 *
 * The loop shared by the company and county summaries: read up to `batch`
 * ids of nodes whose summary is missing (a cypher/summaries/stale-*.cypher
 * file), compute theirs in the same write transaction, until a read comes
 * back short. Each batch commits on its own, so an interrupted refresh
 * keeps what it did and the next one carries on.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { loadCypher } from "./cypher-files.ts";
import { sessionFor, type Graph } from "./driver.ts";
import { cypherParams } from "./params.ts";

/** Computes the summary of every node the stale query names; returns how many were computed. */
export async function refreshStale(
  graph: Graph,
  staleQuery: string,
  batch: number,
  write: (tx: ManagedTransaction, ids: string[]) => Promise<void>,
): Promise<number> {
  let total = 0;
  const session = sessionFor(graph, "WRITE");
  try {
    for (;;) {
      const done = await session.executeWrite(async (tx) => {
        const stale = await tx.run(loadCypher(staleQuery), cypherParams({ limit: batch }));
        const ids = stale.records.map((record) => String(record.get("id")));
        if (ids.length > 0) await write(tx, ids);
        return ids.length;
      });
      total += done;
      if (done < batch) return total;
    }
  } finally {
    await session.close();
  }
}
