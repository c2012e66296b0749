/**
 * The project's own Neo4j, on a throwaway instance (.neo4j/test-lifecycle,
 * port 7691): install is a no-op once done, start is idempotent and returns
 * when Bolt answers, only 127.0.0.1 is served, stop is clean (data survives a
 * restart), and a start that cannot work fails with the log's last lines.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localNeo4jSettings } from "../../src/config.ts";
import { Neo4jStartError } from "../../src/neo4j/errors.ts";
import { LocalNeo4j } from "../../src/neo4j/local-server.ts";

const settings = { ...localNeo4jSettings(), instance: "test-lifecycle", boltPort: 7691, heap: "512m", pageCache: "64m" };
const server = new LocalNeo4j(settings);
const rival = new LocalNeo4j({ ...settings, instance: "test-port-taken" });

async function withDriver<T>(work: (driver: ReturnType<typeof neo4j.driver>) => Promise<T>): Promise<T> {
  const { uri, username, password } = server.credentials();
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2_000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

describe("neo4j/local-server", () => {
  beforeAll(async () => {
    await server.destroy();
    await rival.destroy();
  });
  afterAll(async () => {
    await server.destroy();
    await rival.destroy();
  });

  it("should not fetch again when the server is installed", async () => {
    await server.install();
    const again = await server.install();
    expect(again.fetched).toBe(false);
    expect(server.installed()?.version).toBe(settings.version);
  });

  it("should keep a random password in a file only its owner can read", () => {
    const mode = fs.statSync(server.passwordFile).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(fs.readFileSync(server.passwordFile, "utf8").trim()).toMatch(/^[0-9a-f]{48}$/);
  });

  it("should start, answer on Bolt, and say so when started again", async () => {
    const first = await server.start();
    expect(first.alreadyRunning).toBe(false);
    const version = await withDriver(async (driver) => (await driver.getServerInfo()).agent);
    expect(version).toBe(`Neo4j/${settings.version}`);
    const second = await server.start();
    expect(second).toMatchObject({ alreadyRunning: true, pid: first.pid });
    expect(server.status()).toMatchObject({ running: true, pid: first.pid, uri: "bolt://127.0.0.1:7691" });
  });

  it("should refuse a wrong password", async () => {
    const driver = neo4j.driver(server.uri, neo4j.auth.basic("neo4j", "neo4j"));
    expect(await driver.verifyAuthentication()).toBe(false);
    await driver.close();
  });

  it("should listen on 127.0.0.1 only", async () => {
    expect(await canConnect("127.0.0.1", settings.boltPort)).toBe(true);
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && address.family === "IPv4" && !address.internal);
    if (outside) expect(await canConnect(outside.address, settings.boltPort)).toBe(false);
    expect(fs.readFileSync(`${server.home}/conf/neo4j.conf`, "utf8")).toContain("server.bolt.listen_address=127.0.0.1:7691");
  });

  it("should stop cleanly and find its data again after a restart", async () => {
    await withDriver((driver) => driver.executeQuery("CREATE (:Probe {name: '娄烦县'})"));
    const pid = server.status().pid!;
    expect(await server.stop()).toBe(true);
    expect(server.status().running).toBe(false);
    expect(() => process.kill(pid, 0)).toThrow();
    expect(fs.readFileSync(server.logFile, "utf8")).toMatch(/Stopped\.\s*$/);
    expect(await server.stop()).toBe(false);
    await server.start();
    const names = await withDriver(async (driver) => (await driver.executeQuery("MATCH (p:Probe) RETURN p.name AS name")).records.map((r) => r.get("name")));
    expect(names).toEqual(["娄烦县"]);
  });

  it("should fail with the log's last lines when its port is taken", async () => {
    expect(server.status().running).toBe(true);
    const error = await rival.start(() => {}, 60_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jStartError);
    expect((error as Error).message).toMatch(/Last lines of .*neo4j\.log/);
    expect((error as Error).message).toMatch(/7691|[Aa]ddress already in use|bind/);
    expect(rival.status().running).toBe(false);
  });
});
