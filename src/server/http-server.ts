/**
 * Explorer HTTP server
 * ====================
 *
 * node:http, bound to 127.0.0.1 by default: the JSON API of ./routes.ts
 * under /api, the built UI everywhere else. Every request passes the policy
 * of ./request-policy.ts first (Host, cross-site, JSON bodies, the access
 * token when one is set) and every response carries its security headers
 * (Content-Security-Policy...). Every error is a JSON body (./error-response.ts).
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { errorResponse } from "./error-response.ts";
import { BadRequestError, MethodNotAllowedError, NotFoundError } from "./errors.ts";
import type { ExplorerService } from "./explorer-service.ts";
import { checkRequest, SECURITY_HEADERS } from "./request-policy.ts";
import { ROUTES, type Route } from "./routes.ts";
import { serveStatic } from "./static-files.ts";

export interface ServerOptions {
  service: ExplorerService;
  /** Folder of the built UI (graph-ui/dist). */
  uiDir: string;
  host?: string;
  /** 0 = any free port. */
  port?: number;
  /** Largest request body (exports of big views), in bytes. */
  maxBodyBytes?: number;
  /** One line per API request (method, path, status, ms; never query strings or headers). */
  log?: (line: string) => void;
  /** Access token every API call must carry (Authorization: Bearer); null or absent: none. */
  token?: string | null;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const maxBody = options.maxBodyBytes ?? 20 * 1024 * 1024;
  const server = http.createServer((request, response) => {
    void handle(request, response, options, host, maxBody);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: ServerOptions, host: string, maxBody: number) {
  const started = Date.now();
  const url = new URL(request.url ?? "/", "http://localhost");
  const method = request.method ?? "GET";
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  try {
    checkRequest(request, url.pathname.startsWith("/api/"), { host, token: options.token ?? null });
    if (!url.pathname.startsWith("/api/")) {
      if (method !== "GET" && method !== "HEAD") throw new BadRequestError(`${method} is not allowed here`);
      return serveStatic(options.uiDir, url.pathname, response, method === "HEAD");
    }
    const match = matchRoute(method, url.pathname);
    if (!match) {
      const allowed = ROUTES.filter((route) => matchRoute(route.method, url.pathname)?.route === route).map((route) => route.method);
      if (allowed.length > 0) throw new MethodNotAllowedError(`${method} ${url.pathname} is not allowed; use ${allowed.join(" or ")}`, allowed);
      throw new NotFoundError(`no API endpoint ${method} ${url.pathname}`);
    }
    const body = method === "POST" ? await readJson(request, maxBody) : undefined;
    const result = await match.route.handle({
      service: options.service,
      params: match.params,
      query: Object.fromEntries(url.searchParams),
      body,
    });
    sendJson(response, 200, result);
  } catch (error) {
    const { status, body } = errorResponse(error);
    if (error instanceof MethodNotAllowedError) response.setHeader("allow", error.allowed.join(", "));
    sendJson(response, status, body);
  } finally {
    if (url.pathname.startsWith("/api/")) options.log?.(`${method} ${url.pathname} ${response.statusCode} ${Date.now() - started}ms`);
  }
}

function matchRoute(method: string, pathname: string): { route: Route; params: Record<string, string> } | null {
  const parts = pathname.split("/").filter(Boolean);
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const pattern = route.path.split("/").filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, index) => {
      const part = parts[index]!;
      if (segment.startsWith(":")) {
        try {
          params[segment.slice(1)] = decodeURIComponent(part);
          return true;
        } catch {
          return false;
        }
      }
      return segment === part;
    });
    if (matches) return { route, params };
  }
  return null;
}

async function readJson(request: IncomingMessage, maxBody: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBody) throw new BadRequestError(`request body larger than ${Math.round(maxBody / 1024 / 1024)} MiB`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadRequestError(`request body is not JSON: ${(error as Error).message}`);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  response.end(text);
}
