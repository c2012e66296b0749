/**
 * Error responses
 * ===============
 *
 * Every failure of the API becomes a JSON body `{error: {code, message}}`
 * with a status that says whose fault it is. Neo4j's own message and code
 * are passed on for query errors, so the Cypher console can show them.
 */
import { Neo4jUnavailableError, ReadOnlyViolationError, UsageError } from "../errors.ts";
import { QueryError, SavedQueryError } from "../neo4j/errors.ts";
import type { ApiErrorBody, ApiErrorCode } from "./api-types.ts";
import { BadRequestError, MethodNotAllowedError, NotFoundError } from "./errors.ts";
import { AccessDeniedError } from "./request-policy.ts";

export interface ErrorResponse {
  status: number;
  body: ApiErrorBody;
}

type ErrorClass = abstract new (...args: never[]) => Error;

/** Checked in order; the first class the error is an instance of wins. */
const ERROR_MAP: Array<[ErrorClass, number, ApiErrorCode]> = [
  [NotFoundError, 404, "not-found"],
  [MethodNotAllowedError, 405, "bad-request"],
  [BadRequestError, 400, "bad-request"],
  [SavedQueryError, 400, "bad-request"],
  [UsageError, 400, "bad-request"],
  [ReadOnlyViolationError, 403, "read-only"],
  [Neo4jUnavailableError, 503, "neo4j-unavailable"],
];

export function errorResponse(error: unknown): ErrorResponse {
  if (error instanceof QueryError) {
    const timeout = /TimedOut|Terminated/i.test(error.code);
    return {
      status: timeout ? 408 : 400,
      body: { error: { code: timeout ? "timeout" : "query-error", message: error.message, neo4jCode: error.code } },
    };
  }
  if (error instanceof AccessDeniedError) {
    const code: ApiErrorCode = error.status === 401 ? "unauthorized" : error.status === 403 ? "forbidden" : "bad-request";
    return { status: error.status, body: { error: { code, message: error.message } } };
  }
  for (const [errorClass, status, code] of ERROR_MAP) {
    if (error instanceof errorClass) return { status, body: { error: { code, message: error.message } } };
  }
  const neo4jCode = (error as { code?: unknown }).code;
  if (typeof neo4jCode === "string" && neo4jCode.startsWith("Neo.ClientError")) {
    return { status: 400, body: { error: { code: "query-error", message: (error as Error).message, neo4jCode } } };
  }
  return { status: 500, body: { error: { code: "internal", message: `internal error: ${(error as Error).message ?? String(error)}` } } };
}
