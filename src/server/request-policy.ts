/**
 * Request policy of the explorer server
 * =====================================
 *
 * What every request must satisfy before a route sees it, and the headers
 * every response carries:
 *   - Host: on a loopback address, only requests addressed to this machine
 *     (a web page elsewhere cannot reach the API through DNS rebinding);
 *   - cross-site requests to the API are refused (Origin or Sec-Fetch-Site
 *     of another site), and POST bodies must be declared JSON, so a page
 *     elsewhere cannot even send a "simple" form request;
 *   - with an access token (required when listening beyond loopback, see
 *     `kg serve --host`), every API call carries `Authorization: Bearer
 *     <token>`, compared in constant time. The UI itself (static files, no
 *     data) loads without it;
 *   - security headers: a Content-Security-Policy that allows only this
 *     origin's scripts, styles and API, WebGL canvases, and the blob: web
 *     worker that ForceAtlas2 runs in; no framing, no sniffing, no referrer.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { KgError } from "../errors.ts";

/** The request is not allowed (wrong host, another site, missing or wrong token). */
export class AccessDeniedError extends KgError {
  override name = "AccessDeniedError";
  constructor(
    message: string,
    readonly status: 401 | 403 | 415,
  ) {
    super(message);
  }
}

const LOOPBACK_NAMES = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // graphology-layout-forceatlas2 starts its worker from a blob: URL
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), usb=(), payment=()",
};

/** A random access token (192 bits, URL-safe). */
export function generateToken(): string {
  return randomBytes(24).toString("base64url");
}

export const MIN_TOKEN_LENGTH = 16;

export interface PolicyOptions {
  /** The address the server is bound to. */
  host: string;
  /** Required on every API call when set. */
  token: string | null;
}

/** Checks a request; throws AccessDeniedError when it must be refused. */
export function checkRequest(request: IncomingMessage, isApi: boolean, options: PolicyOptions): void {
  if (isLoopback(options.host) && !LOOPBACK_NAMES.has(hostName(request.headers.host ?? ""))) {
    throw new AccessDeniedError("requests must be addressed to this machine (Host header)", 403);
  }
  if (!isApi) return;
  if (isCrossSite(request)) throw new AccessDeniedError("cross-site requests to the API are not allowed", 403);
  if (request.method === "POST" && !isJson(request.headers["content-type"])) {
    throw new AccessDeniedError("POST bodies must be JSON (Content-Type: application/json)", 415);
  }
  if (options.token !== null && !tokenMatches(request.headers.authorization, options.token)) {
    throw new AccessDeniedError(
      request.headers.authorization ? "wrong access token" : "an access token is required: open the explorer through the link `kg serve` printed",
      401,
    );
  }
}

function hostName(hostHeader: string): string {
  if (hostHeader.startsWith("[")) return hostHeader.slice(0, hostHeader.indexOf("]") + 1);
  return hostHeader.split(":")[0]!.toLowerCase();
}

/**
 * Browsers say where a request comes from in Sec-Fetch-Site (trusted: pages
 * cannot set it), which also holds behind a reverse proxy that rewrites
 * Host; without it (older browsers), Origin must match Host.
 */
function isCrossSite(request: IncomingMessage): boolean {
  const site = request.headers["sec-fetch-site"];
  if (typeof site === "string") return site === "cross-site" || site === "same-site";
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType ?? "");
}

function tokenMatches(authorization: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
