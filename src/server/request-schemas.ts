/**
 * Request schemas
 * ===============
 *
 * zod schemas of every API parameter and body: the API validates at its
 * edge and the service trusts what it is given.
 */
import { z } from "zod";
import { RELATION_TYPES } from "../types.ts";
import { DERIVED_EDGE_TYPES } from "./api-types.ts";

const id = z.string({ error: "an id is required" }).trim().min(1, "an id is required").max(200);
const bool = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0"])])
  .transform((value) => value === true || value === "true" || value === "1");

export const SearchQuery = z.object({
  q: z.string({ error: "q (the text to search) is required" }).trim().min(1, "q (the text to search) is required").max(200, "q is too long (200 characters at most)"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const SearchGraphQuery = SearchQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  expand: z.coerce.number().int().min(1).max(500).default(50),
});

export const IdParam = z.object({ id });

export const EdgeEvidenceQuery = z.object({
  source: id,
  target: id,
  type: z.enum([...RELATION_TYPES, ...DERIVED_EDGE_TYPES]),
});

export const ExpandBody = z.object({
  id,
  limit: z.coerce.number().int().min(1).max(500).default(50),
  includeReports: bool.default(false),
  known: z.array(id).max(20_000).default([]),
});

/** A saved query's name, as in cypher/queries/<name>.cypher. */
export const SavedQueryName = z.object({
  name: z.string().regex(/^[a-z][a-z0-9-]{0,99}$/, "a saved query name (lower-case letters, digits and dashes; see GET /api/queries)"),
});

export const SavedQueryBody = z.object({
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
});

export const CypherBody = z.object({
  query: z.string({ error: "query (the Cypher to run) is required" }).trim().min(1, "query (the Cypher to run) is required").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

const WireGraphSchema = z.object({
  attributes: z.record(z.string(), z.unknown()).default({}),
  options: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: z.record(z.string(), z.unknown()).default({}) })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      attributes: z.record(z.string(), z.unknown()).default({}),
    }),
  ),
});

export const ExportBody = z
  .object({
    format: z.string().min(1),
    name: z.string().max(200).default("graph"),
    graph: WireGraphSchema.optional(),
    query: z.object({ name: z.string().min(1), params: SavedQueryBody.shape.params }).optional(),
    cypher: CypherBody.optional(),
  })
  .refine((body) => [body.graph, body.query, body.cypher].filter(Boolean).length === 1, {
    message: "give exactly one of graph, query or cypher",
  });
