/**
 * API client
 * ==========
 *
 * Typed calls to the explorer API (src/server/routes.ts). Failures become
 * ApiError with the server's code and message ("neo4j-unavailable",
 * "query-error" with Neo4j's own code, "unauthorized" without the access
 * token of a shared explorer...), or "network" when the server itself cannot
 * be reached. Calls carry the access token when there is one (access-token.ts).
 */
import type {
  ApiErrorBody,
  ApiErrorCode,
  EdgeEvidenceResponse,
  EdgeType,
  EntityDetailsResponse,
  ExpandRequest,
  ExpandResponse,
  ExportResponse,
  FacetsResponse,
  HealthResponse,
  QueryResult,
  ReportResponse,
  SavedQueryInfo,
  SearchGraphResponse,
  SearchResponse,
  WireGraph,
} from "../../../src/server/api-types.ts";
import { authorizationHeaders } from "./access-token.ts";

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly code: ApiErrorCode | "network",
    message: string,
    readonly status: number,
    readonly neo4jCode?: string,
  ) {
    super(message);
  }
}

async function request<T>(method: "GET" | "POST", path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { ...authorizationHeaders(), ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError("network", (error as Error).message, 0);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError("internal", `the server answered ${response.status} with something that is not JSON`, response.status);
  }
  if (!response.ok) {
    const error = (json as ApiErrorBody | null)?.error;
    throw new ApiError(error?.code ?? "internal", error?.message ?? `HTTP ${response.status}`, response.status, error?.neo4jCode);
  }
  return json as T;
}

const query = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString();

export const api = {
  health: () => request<HealthResponse>("GET", "/api/health"),
  search: (q: string, limit = 20, signal?: AbortSignal) => request<SearchResponse>("GET", `/api/search?${query({ q, limit })}`, undefined, signal),
  searchGraph: (q: string, expand: number) => request<SearchGraphResponse>("GET", `/api/search/graph?${query({ q, expand })}`),
  facets: () => request<FacetsResponse>("GET", "/api/facets"),
  node: (id: string) => request<EntityDetailsResponse>("GET", `/api/nodes/${encodeURIComponent(id)}`),
  report: (id: string) => request<ReportResponse>("GET", `/api/reports/${encodeURIComponent(id)}`),
  edgeEvidence: (source: string, target: string, type: EdgeType) =>
    request<EdgeEvidenceResponse>("GET", `/api/edge-evidence?${query({ source, target, type })}`),
  expand: (body: ExpandRequest) => request<ExpandResponse>("POST", "/api/expand", body),
  queries: () => request<SavedQueryInfo[]>("GET", "/api/queries"),
  runQuery: (name: string, params: Record<string, string | number | boolean | null>) =>
    request<QueryResult>("POST", `/api/queries/${encodeURIComponent(name)}`, { params }),
  cypher: (text: string, params: Record<string, unknown> = {}) => request<QueryResult>("POST", "/api/cypher", { query: text, params }),
  exportGraph: (format: string, name: string, source: { graph: WireGraph } | { query: { name: string; params: Record<string, unknown> } } | { cypher: { query: string } }) =>
    request<ExportResponse>("POST", "/api/export", { format, name, ...source }),
};
