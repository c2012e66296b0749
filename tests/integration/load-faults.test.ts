/**
 * Faults in the middle of `kg ingest`, for real, on a private Neo4j (so the
 * shared test instance is never stopped): Neo4j stopped cleanly, the ingest
 * process killed with SIGKILL, Neo4j itself killed with SIGKILL. Each time
 * the graph left behind holds every report whole or not at all, and a rerun
 * (after a restart) ends with exactly the graph of an undisturbed run.
 * Input: the sample corpus copied several times under other names, so the
 * load takes several transactions and many entities are shared by reports.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph, wipeGraph } from "../../src/neo4j/admin.ts";
import { withGraph, type Graph } from "../../src/neo4j/driver.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";
import { snapshot, type GraphSnapshot } from "./graph-snapshot.ts";
import { startPrivateNeo4j, type PrivateNeo4j } from "./private-neo4j.ts";

const COPIES = 8;
/** Each fault waits for the driver's retries (30 s), a restart and a rerun. */
const FAULT_TIMEOUT = 400_000;
const BATCH = ["--batch", "5"];

let neo4j: PrivateNeo4j;
let input: string;
let undisturbed: GraphSnapshot;

interface Run {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  kill(signal: NodeJS.Signals): void;
}

function ingest(): Run {
  const child = spawn("node", ["bin/kg.js", "ingest", ...BATCH, input], { env: neo4j.localEnv(), stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return {
    exited: new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr }))),
    kill: (signal) => child.kill(signal),
  };
}

const current = () => withGraph(neo4j.connection(), snapshot);

/**
 * Waits until some reports are committed (and not all) and a loading
 * transaction is open: the fault then hits a batch in the middle of its writes.
 */
async function midLoad(): Promise<void> {
  const total = undisturbed.counts.reports;
  await withGraph(neo4j.connection(), async (graph) => {
    for (;;) {
      const { reports } = await countGraph(graph);
      if (reports >= total) throw new Error("the load ended before the fault could be injected");
      if (reports > 0 && (await loadingTransactions(graph)) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

async function loadingTransactions(graph: Graph): Promise<number> {
  const result = await graph.driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND $' AND NOT currentQuery CONTAINS 'UNWIND $ids' RETURN count(*) AS n");
  return Number(result.records[0]?.get("n") ?? 0);
}

/** Every report in the graph carries exactly what it carries in the undisturbed graph. */
function expectWholeReports(partial: GraphSnapshot): void {
  expect(partial.counts.reports).toBeLessThan(undisturbed.counts.reports);
  for (const [id, contribution] of partial.reports) expect(contribution, `report ${id}`).toBe(undisturbed.reports.get(id));
}

/** An ingest into an empty graph, caught in the middle of a loading transaction. */
async function ingestUntilMidLoad(): Promise<Run> {
  await withGraph(neo4j.connection(), wipeGraph);
  const run = ingest();
  await midLoad();
  return run;
}

/** After a fault the graph holds whole reports only, and a rerun ends with the undisturbed graph. */
async function expectRerunToFinishTheGraph(): Promise<{ stdout: string }> {
  expectWholeReports(await current());
  const rerun = await ingest().exited;
  expect(rerun.code, rerun.stderr).toBe(0);
  const after = await current();
  expect(after.counts).toEqual(undisturbed.counts);
  expect(after.digest).toBe(undisturbed.digest);
  return rerun;
}

describe("kg ingest under faults (private Neo4j)", () => {
  beforeAll(async () => {
    input = fs.mkdtempSync(path.join(os.tmpdir(), "kg-faults-"));
    for (let copy = 0; copy < COPIES; copy++) {
      for (const file of fs.readdirSync(CORPUS_DIR).filter((name) => name.endsWith(".txt"))) {
        fs.copyFileSync(path.join(CORPUS_DIR, file), path.join(input, `copy${copy}-${file}`));
      }
    }
    neo4j = await startPrivateNeo4j("faults");
    const run = await ingest().exited;
    expect(run.code, run.stderr).toBe(0);
    undisturbed = await current();
    expect(undisturbed.counts.reports).toBe(14 * COPIES);
  }, FAULT_TIMEOUT);

  afterAll(async () => {
    await neo4j?.destroy();
    if (input) fs.rmSync(input, { recursive: true, force: true });
  });

  it("should say clearly that Neo4j went away when it is stopped mid-load, and a rerun after a restart should finish the graph", async () => {
    const run = await ingestUntilMidLoad();
    await neo4j.server.stop();
    const result = await run.exited;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kg: lost Neo4j at bolt:\/\/127\.0\.0\.1:\d+ during the load \(ServiceUnavailable\): \d+ report\(s\) written before are complete; /m);
    expect(result.stderr).toMatch(/run the same command again/);
    expect(result.stderr).not.toMatch(/^\s+at /m);

    await neo4j.server.start();
    await expectRerunToFinishTheGraph();
  }, FAULT_TIMEOUT);

  it("should end with the undisturbed graph when the ingest process is killed with SIGKILL mid-load and run again", async () => {
    const run = await ingestUntilMidLoad();
    run.kill("SIGKILL");
    expect((await run.exited).signal).toBe("SIGKILL");

    const rerun = await expectRerunToFinishTheGraph();
    expect(rerun.stdout).toMatch(/loaded \d+ reports: \d+ written \(0 replaced\), [1-9]\d* unchanged/);
  }, FAULT_TIMEOUT);

  it("should end with the undisturbed graph when Neo4j itself is killed with SIGKILL mid-load, restarted and the ingest run again", async () => {
    const run = await ingestUntilMidLoad();
    process.kill(neo4j.server.runningPid()!, "SIGKILL");
    const result = await run.exited;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^kg: lost Neo4j at /m);

    await neo4j.server.start();
    await expectRerunToFinishTheGraph();
  }, FAULT_TIMEOUT);
});
