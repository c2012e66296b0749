/**
 * Probe: raw relationship writes
 * ==============================
 *
 * `neo4j-ceiling.ts --count N --uri U --user N --password P`: how fast this
 * Neo4j creates N bare relationships (`UNWIND range CREATE`, batches of
 * 10,000, no properties, no lookups), then deletes them. The ceiling a
 * loader's relationships/s is compared to.
 */
import neo4j from "neo4j-driver";
import { parseArgs } from "node:util";
import { openGraph } from "../../src/neo4j/driver.ts";
import { CONNECTION_OPTIONS, connectionFromArgs } from "../lib/bench-neo4j.ts";
import { benchCypher } from "../lib/bench-cypher.ts";
import { emit } from "../lib/probe.ts";

export interface CeilingProbeResult {
  relationships: number;
  seconds: number;
}

const BATCH = 10_000;

const { values } = parseArgs({ options: { count: { type: "string" }, ...CONNECTION_OPTIONS } });
const total = Number(values.count);
const graph = await openGraph(connectionFromArgs(values));
const write = { routing: neo4j.routing.WRITE, database: "neo4j" };
try {
  const started = performance.now();
  for (let done = 0; done < total; done += BATCH) await graph.driver.executeQuery(benchCypher("ceiling-create"), { count: neo4j.int(Math.min(BATCH, total - done)) }, write);
  const seconds = (performance.now() - started) / 1000;
  for (;;) {
    const result = await graph.driver.executeQuery(benchCypher("ceiling-delete"), { batch: neo4j.int(50_000) }, write);
    if (Number(result.records[0]?.get("deleted") ?? 0) === 0) break;
  }
  await graph.driver.executeQuery(benchCypher("ceiling-cleanup"), {}, write);
  emit({ relationships: total, seconds } satisfies CeilingProbeResult);
} finally {
  await graph.driver.close();
}
