/**
 * API errors
 * ==========
 *
 * Failures specific to the HTTP API, on top of the shared classes in
 * src/errors.ts; ./error-response.ts maps every class to a status and code.
 */
import { KgError } from "../errors.ts";

/** The entity, report, edge or path asked for does not exist. */
export class NotFoundError extends KgError {
  override name = "NotFoundError";
}

/** A request the API cannot read (bad JSON, wrong parameter types...). */
export class BadRequestError extends KgError {
  override name = "BadRequestError";
}

/** An endpoint that exists, asked with another method (GET on a POST route...). */
export class MethodNotAllowedError extends KgError {
  override name = "MethodNotAllowedError";
  constructor(
    message: string,
    readonly allowed: string[],
  ) {
    super(message);
  }
}
