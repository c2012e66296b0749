/**
 * Typed errors
 * ============
 *
 * One class per kind of failure, so callers and tests check the class rather
 * than the message. Every error that concerns an input file names it.
 */

export class KgError extends Error {
  override name = "KgError";
}

/** An input file that cannot be read as a report (empty, binary, undecodable...). */
export class InputFileError extends KgError {
  override name = "InputFileError";
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
  }
}

/** A bad command-line option or API parameter. */
export class UsageError extends KgError {
  override name = "UsageError";
}

/** Neo4j is not reachable or refused the connection. */
export class Neo4jUnavailableError extends KgError {
  override name = "Neo4jUnavailableError";
}

/** A Cypher query that is not allowed (writes through a read-only path). */
export class ReadOnlyViolationError extends KgError {
  override name = "ReadOnlyViolationError";
}
