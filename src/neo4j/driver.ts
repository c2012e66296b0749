/**
 * Neo4j driver
 * ============
 *
 * Opens a neo4j-driver Driver for a resolved connection (src/config.ts) and
 * turns "cannot connect" into Neo4jUnavailableError with a hint the user can
 * act on. Works the same for bolt:// (one server) and neo4j:// (routing, a
 * cluster): the driver routes reads and writes by access mode.
 */
import neo4j, { type Driver, type SessionMode } from "neo4j-driver";
import { redactUri, type Neo4jConnection } from "../config.ts";
import { Neo4jUnavailableError } from "../errors.ts";

export interface Graph {
  driver: Driver;
  /** null = the server's default database. */
  database: string | null;
  connection: Neo4jConnection;
}

/** Opens a driver and checks that the server answers and accepts the credentials. */
export async function openGraph(connection: Neo4jConnection): Promise<Graph> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 30_000,
    disableLosslessIntegers: false,
    userAgent: "county-kg",
  });
  let accepted: boolean;
  try {
    accepted = await driver.verifyAuthentication(connection.database ? { database: connection.database } : {});
  } catch (error) {
    await driver.close();
    throw unavailable(connection, error);
  }
  if (!accepted) {
    await driver.close();
    throw unavailable(connection, { code: "Neo.ClientError.Security.Unauthorized" });
  }
  return { driver, database: connection.database, connection };
}

/** Runs `work` with an open graph and always closes the driver. */
export async function withGraph<T>(connection: Neo4jConnection, work: (graph: Graph) => Promise<T>): Promise<T> {
  const graph = await openGraph(connection);
  try {
    return await work(graph);
  } finally {
    await graph.driver.close();
  }
}

/** The option naming the graph's database, or none for the server's default. */
export function databaseOption(graph: Graph): { database?: string } {
  return graph.database ? { database: graph.database } : {};
}

/**
 * A session that shares the bookmarks of `driver.executeQuery`, so that in a
 * cluster a read routed to a follower sees the writes made before it
 * (causal consistency across sessions and executeQuery calls).
 */
export function sessionFor(graph: Graph, mode: SessionMode) {
  return graph.driver.session({
    defaultAccessMode: mode,
    bookmarkManager: graph.driver.executeQueryBookmarkManager,
    ...databaseOption(graph),
  });
}

const CONNECTION_LOST = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** Whether a driver error means the server went away (stopped, crashed, network), rather than a problem of the query. */
export function isConnectionLost(error: unknown): boolean {
  return CONNECTION_LOST.has((error as { code?: string } | null)?.code ?? "");
}

function unavailable(connection: Neo4jConnection, error: unknown): Neo4jUnavailableError {
  const code = (error as { code?: string }).code ?? "";
  const message = (error as Error).message ?? String(error);
  const refused = code.includes("Security");
  const hint =
    connection.origin === "external"
      ? "check NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (or the --neo4j-* flags)"
      : refused
        ? "the password file of the local Neo4j does not match its database"
        : "start it with `kg neo4j start`";
  const what = refused ? "refused the credentials" : "is not reachable";
  return new Neo4jUnavailableError(`Neo4j at ${redactUri(connection.uri)} ${what} (${refused ? code : code || message}); ${hint}`);
}
