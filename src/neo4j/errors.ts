/**
 * Neo4j layer errors
 * ==================
 *
 * Typed failures of provisioning and loading, on top of the shared classes in
 * src/errors.ts, so callers and tests check the class rather than the message.
 */
import { KgError, Neo4jUnavailableError } from "../errors.ts";

/** The local Neo4j could not be fetched or set up (no java/mvn, offline...). */
export class Neo4jInstallError extends KgError {
  override name = "Neo4jInstallError";
}

/** The local Neo4j did not come up; the message carries the log's last lines. */
export class Neo4jStartError extends KgError {
  override name = "Neo4jStartError";
}

/** A saved extraction (JSONL) that cannot be loaded; names the file and line. */
export class LoadInputError extends KgError {
  override name = "LoadInputError";
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
  }
}

/** A saved query that does not exist or whose header is malformed. */
export class SavedQueryError extends KgError {
  override name = "SavedQueryError";
}

/** A Cypher query failed for a reason of its own (syntax, unknown function, timeout...). */
export class QueryError extends KgError {
  override name = "QueryError";
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * Neo4j went away in the middle of a load. Reports of committed batches are
 * in the graph complete; the batch being written was rolled back as a whole,
 * so running the same load again finishes it.
 */
export class LoadInterruptedError extends Neo4jUnavailableError {
  override name = "LoadInterruptedError";
}

/** Neo4j refused a batch for a reason of its own; nothing of the batch was written. */
export class LoadFailedError extends KgError {
  override name = "LoadFailedError";
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** neo4j-admin (dump, load) failed or refused; the message carries its output. */
export class Neo4jAdminError extends KgError {
  override name = "Neo4jAdminError";
}
