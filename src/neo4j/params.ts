/**
 * Query parameters
 * ================
 *
 * JavaScript numbers reach Neo4j as floats, which Cypher refuses where it
 * needs an integer (LIMIT, list indexes) and which would store offsets as
 * 12.0. Whole numbers are therefore sent as Neo4j integers, recursively.
 */
import neo4j from "neo4j-driver";

export function cypherParams<T>(value: T): T {
  return convert(value) as T;
}

function convert(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
  }
  return value;
}
