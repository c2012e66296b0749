/**
 * Neo4j layer errors
 * ==================
 *
 * Typed failures of provisioning and loading, on top of the shared classes in
 * src/errors.ts, so callers and tests check the class rather than the message.
 */
import { KgError } from "../errors.ts";

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
