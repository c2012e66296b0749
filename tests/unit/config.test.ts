import { describe, expect, it } from "vitest";
import { DEFAULT_BOLT_PORT, localNeo4jSettings, redactUri, resolveConnection } from "../../src/config.ts";
import { UsageError } from "../../src/errors.ts";

const local = () => ({ uri: "bolt://127.0.0.1:7687", username: "neo4j", password: "local-secret" });

describe("config", () => {
  it("should use the local Neo4j when no URI is given", () => {
    const connection = resolveConnection({ env: {}, local });
    expect(connection).toEqual({ ...local(), database: "neo4j", origin: "local" });
  });

  it("should prefer NEO4J_* environment variables over the local Neo4j", () => {
    const env = { NEO4J_URI: "neo4j://db.example.org:7687", NEO4J_USERNAME: "reader", NEO4J_PASSWORD: "pw", NEO4J_DATABASE: "kg" };
    const connection = resolveConnection({ env, local });
    expect(connection).toEqual({ uri: env.NEO4J_URI, username: "reader", password: "pw", database: "kg", origin: "external" });
  });

  it("should prefer command-line flags over environment variables", () => {
    const env = { NEO4J_URI: "bolt://a:7687", NEO4J_PASSWORD: "env-pw" };
    const connection = resolveConnection({ env, flags: { neo4jUri: "neo4j+s://cluster.example.org", neo4jPassword: "flag-pw" } });
    expect(connection).toMatchObject({ uri: "neo4j+s://cluster.example.org", password: "flag-pw", username: "neo4j", database: null });
  });

  it("should not ask for local credentials when a URI is given", () => {
    const unusable = () => {
      throw new Error("local Neo4j must not be consulted");
    };
    expect(resolveConnection({ env: { NEO4J_URI: "bolt://x:1", NEO4J_PASSWORD: "p" }, local: unusable }).origin).toBe("external");
  });

  it.each([
    ["http://localhost:7474", "a URI that is not Bolt"],
    ["neo4j//missing-colon", "a malformed URI"],
  ])("should reject %s (%s)", (uri) => {
    expect(() => resolveConnection({ env: { NEO4J_URI: uri, NEO4J_PASSWORD: "p" } })).toThrow(UsageError);
  });

  it("should require a password for an external Neo4j", () => {
    expect(() => resolveConnection({ env: { NEO4J_URI: "bolt://x:7687" } })).toThrow(/password/);
  });

  it("should default the local server to port 7687, 1g heap and 512m page cache", () => {
    const settings = localNeo4jSettings({});
    expect(settings).toMatchObject({ boltPort: DEFAULT_BOLT_PORT, heap: "1g", pageCache: "512m", instance: "main" });
    expect(settings.home.endsWith(".neo4j")).toBe(true);
  });

  it.each([
    [{ KG_NEO4J_BOLT_PORT: "seventy" }, /boltPort/],
    [{ KG_NEO4J_BOLT_PORT: "70000" }, /boltPort/],
    [{ KG_NEO4J_HEAP: "lots" }, /heap/],
    [{ KG_NEO4J_VERSION: "2025.01.0" }, /version/],
    [{ KG_NEO4J_INSTANCE: "../escape" }, /instance/],
  ])("should reject bad local settings %j", (env, message) => {
    expect(() => localNeo4jSettings(env)).toThrow(message);
  });

  it.each([
    ["neo4j+s://reader:s3cret@db.example.org:7687", "neo4j+s://db.example.org:7687"],
    ["bolt://neo4j:pw@127.0.0.1:7687?policy=x", "bolt://127.0.0.1:7687"],
    ["bolt://127.0.0.1:7687", "bolt://127.0.0.1:7687"],
  ])("should show %s without its credentials as %s", (uri, shown) => {
    expect(redactUri(uri)).toBe(shown);
  });
});
