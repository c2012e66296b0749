/**
 * kg neo4j backup / restore / reset, run as a user runs them, on a private
 * local Neo4j (they stop and start the server): a backup taken from a loaded
 * graph restores exactly that graph over a changed one, a broken archive is
 * refused without touching the graph, reset empties the graph and keeps a
 * safety archive that restores it, and none of them acts on a Neo4j named by
 * NEO4J_URI.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withGraph } from "../../src/neo4j/driver.ts";
import { snapshot, type GraphSnapshot } from "./graph-snapshot.ts";
import { startPrivateNeo4j, type PrivateNeo4j } from "./private-neo4j.ts";

/** Each restore or reset stops and starts Neo4j (about 40 s here); some tests do three. */
const RESTARTS_TIMEOUT = 400_000;

let neo4j: PrivateNeo4j;
let dir: string;
let loaded: GraphSnapshot;

function kgLocal(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("node", ["bin/kg.js", ...args], { env: neo4j.localEnv(extraEnv), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const current = () => withGraph(neo4j.connection(), snapshot);

describe("kg neo4j backup / restore / reset (private Neo4j)", () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-backup-"));
    neo4j = await startPrivateNeo4j("backup");
    const load = await kgLocal(["load", "tests/fixtures/neo4j/reports.jsonl"]);
    expect(load.code, load.stderr).toBe(0);
    loaded = await current();
    expect(loaded.counts.reports).toBe(2);
  });

  afterAll(async () => {
    await neo4j?.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("should back up the running graph into one file and leave Neo4j running", async () => {
    const file = path.join(dir, "nested", "kg.dump");
    const result = await kgLocal(["neo4j", "backup", file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^backed up the local graph to .*kg\.dump \(\d+\.\d MB, [\d.]+ s; Neo4j restarted\)/);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["kg.dump"]);
    expect(neo4j.server.status().running).toBe(true);
  });

  it("should never overwrite an existing file", async () => {
    const file = path.join(dir, "nested", "kg.dump");
    const before = fs.statSync(file).mtimeMs;
    const result = await kgLocal(["neo4j", "backup", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/kg\.dump exists; give a new file name/);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it("should restore the backup over a changed graph, exactly, keeping the changed one as a safety copy", async () => {
    const change = await kgLocal(["load", "tests/fixtures/neo4j/reports-changed.jsonl"]);
    expect(change.code, change.stderr).toBe(0);
    const changed = await current();
    expect(changed.digest).not.toBe(loaded.digest);

    const result = await kgLocal(["neo4j", "restore", path.join(dir, "nested", "kg.dump")]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/restored the local graph from .*kg\.dump/);
    const safety = /the graph as it was before is in (\S+)/.exec(result.stdout)?.[1];
    expect(safety).toMatch(/test-private-backup-\d+-before-restore-[\dT-]+Z\.dump$/);
    expect(neo4j.server.status().running).toBe(true);
    expect((await current()).digest).toBe(loaded.digest);

    const back = await kgLocal(["neo4j", "restore", safety!]);
    expect(back.code, back.stderr).toBe(0);
    expect((await current()).digest).toBe(changed.digest);
    expect((await kgLocal(["neo4j", "restore", path.join(dir, "nested", "kg.dump")])).code).toBe(0);
  }, RESTARTS_TIMEOUT);

  it.each([
    ["a missing file", "missing.dump", null, /missing\.dump: no such backup file/],
    ["a file that is no dump", "notes.dump", "这不是数据库备份\n", /notes\.dump is not a Neo4j database dump that can be loaded/],
  ])("should refuse to restore %s and leave the graph as it is", async (_name, name, content, message) => {
    const file = path.join(dir, name);
    if (content !== null) fs.writeFileSync(file, content);
    const result = await kgLocal(["neo4j", "restore", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(neo4j.server.status().running).toBe(true);
    expect((await current()).digest).toBe(loaded.digest);
  });

  it("should refuse to reset without --yes", async () => {
    const result = await kgLocal(["neo4j", "reset"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/add --yes to confirm/);
    expect((await current()).counts.reports).toBe(2);
  });

  it("should reset to an empty graph with a new password, keeping a safety copy that restores the old graph", async () => {
    const passwordBefore = fs.readFileSync(neo4j.server.passwordFile, "utf8");
    const result = await kgLocal(["neo4j", "reset", "--yes"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/the local graph is deleted; Neo4j runs again with an empty graph and a new password/);
    expect(fs.readFileSync(neo4j.server.passwordFile, "utf8")).not.toBe(passwordBefore);
    expect((await current()).counts.nodes).toBe(0);

    const safety = /the graph as it was is in (\S+)/.exec(result.stdout)?.[1];
    const restored = await kgLocal(["neo4j", "restore", safety!]);
    expect(restored.code, restored.stderr).toBe(0);
    expect((await current()).digest).toBe(loaded.digest);
  }, RESTARTS_TIMEOUT);

  it.each([["backup", path.join(os.tmpdir(), "never.dump")], ["restore", path.join(os.tmpdir(), "never.dump")], ["reset", "--yes"]])(
    "should refuse to %s a Neo4j named by NEO4J_URI",
    async (command, arg) => {
      const result = await kgLocal(["neo4j", command, arg], { NEO4J_URI: "bolt://user:secret@db.example:7687" });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/works on the project's local Neo4j only, but bolt:\/\/db\.example:7687 is configured/);
      expect(result.stderr).not.toContain("secret");
    },
  );
});
