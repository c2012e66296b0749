/**
 * API routes
 * ==========
 *
 * The JSON API as a table: method, path pattern, handler. Handlers validate
 * their input with ./request-schemas.ts and call the explorer service;
 * ./http-server.ts matches requests and turns errors into JSON responses.
 */
import { z } from "zod";
import { exportFormat, exportGraph, EXPORT_FORMATS } from "../export/index.ts";
import type { ExportResponse } from "./api-types.ts";
import { BadRequestError } from "./errors.ts";
import type { ExplorerService } from "./explorer-service.ts";
import { wireToGraph } from "./wire-graph.ts";
import {
  CypherBody,
  EdgeEvidenceQuery,
  ExpandBody,
  ExportBody,
  IdParam,
  SavedQueryBody,
  SavedQueryName,
  SearchGraphQuery,
  SearchQuery,
} from "./request-schemas.ts";

export interface RouteContext {
  service: ExplorerService;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

export interface Route {
  method: "GET" | "POST";
  path: string;
  handle(context: RouteContext): Promise<unknown> | unknown;
}

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "request"}: ${issue.message}`);
  throw new BadRequestError(problems.join("; "));
}

export const ROUTES: Route[] = [
  { method: "GET", path: "/api/health", handle: ({ service }) => service.health() },
  {
    method: "GET",
    path: "/api/search",
    handle: ({ service, query }) => {
      const { q, limit } = parseInput(SearchQuery, query);
      return service.search(q, limit);
    },
  },
  {
    method: "GET",
    path: "/api/search/graph",
    handle: ({ service, query }) => {
      const { q, limit, expand } = parseInput(SearchGraphQuery, query);
      return service.searchGraph(q, limit, expand);
    },
  },
  { method: "GET", path: "/api/facets", handle: ({ service }) => service.facets() },
  { method: "GET", path: "/api/nodes/:id", handle: ({ service, params }) => service.entity(parseInput(IdParam, params).id) },
  { method: "GET", path: "/api/reports/:id", handle: ({ service, params }) => service.report(parseInput(IdParam, params).id) },
  {
    method: "GET",
    path: "/api/edge-evidence",
    handle: ({ service, query }) => {
      const { source, target, type } = parseInput(EdgeEvidenceQuery, query);
      return service.edgeEvidence(source, target, type);
    },
  },
  { method: "POST", path: "/api/expand", handle: ({ service, body }) => service.expand(parseInput(ExpandBody, body)) },
  { method: "GET", path: "/api/queries", handle: ({ service }) => service.savedQueries() },
  {
    method: "POST",
    path: "/api/queries/:name",
    handle: ({ service, params, body }) => service.runSavedQuery(parseInput(SavedQueryName, params).name, parseInput(SavedQueryBody, body).params),
  },
  {
    method: "POST",
    path: "/api/cypher",
    handle: ({ service, body }) => {
      const { query, params } = parseInput(CypherBody, body);
      return service.cypher(query, params);
    },
  },
  {
    method: "GET",
    path: "/api/export-formats",
    handle: () => EXPORT_FORMATS.map(({ name, label, extension, mime }) => ({ name, label, extension, mime })),
  },
  {
    method: "POST",
    path: "/api/export",
    handle: async ({ service, body }): Promise<ExportResponse> => {
      const request = parseInput(ExportBody, body);
      const format = exportFormat(request.format);
      const wire = request.graph
        ? request.graph
        : request.query
          ? (await service.runSavedQuery(request.query.name, request.query.params)).graph
          : (await service.cypher(request.cypher!.query, request.cypher!.params)).graph;
      return { format: format.name, files: exportGraph(wireToGraph(wire), format.name, request.name) };
    },
  },
];
