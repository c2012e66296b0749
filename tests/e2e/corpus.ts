/**
 * The sample corpus in the e2e Neo4j
 * ==================================
 *
 * Every e2e file needs /work/shared/corpus loaded. The first one to ask
 * wipes anything else from the e2e database and ingests it with `kg ingest`;
 * later ones find it there, and their `kg ingest` (idempotent) changes
 * nothing and returns quickly.
 */
import { countGraph, wipeGraph } from "../../src/neo4j/admin.ts";
import { runReadQuery } from "../../src/neo4j/read.ts";
import { kg } from "../integration/kg-cli.ts";
import { openTestGraph } from "../integration/neo4j-context.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

export const CORPUS = CORPUS_DIR;

/** Loads the corpus into the e2e Neo4j; returns how long `kg ingest` took (ms). */
export async function ensureCorpus(): Promise<number> {
  const graph = await openTestGraph();
  try {
    const counts = await countGraph(graph);
    const foreign = await runReadQuery(graph, "MATCH (r:Report) WHERE NOT r.source STARTS WITH $corpus RETURN count(r) AS n", { corpus: CORPUS });
    if (counts.nodes > 0 && (counts.reports === 0 || Number(foreign.rows[0]?.n ?? 0) > 0)) await wipeGraph(graph);
  } finally {
    await graph.driver.close();
  }
  const started = Date.now();
  const result = await kg(["ingest", CORPUS]);
  if (result.code !== 0) throw new Error(`kg ingest ${CORPUS} failed:\n${result.stderr}`);
  return Date.now() - started;
}
