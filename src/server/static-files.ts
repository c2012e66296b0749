/**
 * Static files
 * ============
 *
 * Serves the built explorer (graph-ui/dist). Paths that are not files get
 * index.html, so a shared URL such as /?q=闻喜县 or /node/... opens the app;
 * nothing outside the folder is ever served.
 */
import fs from "node:fs";
import type { ServerResponse } from "node:http";
import path from "node:path";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

export function serveStatic(root: string, urlPath: string, response: ServerResponse, head = false): void {
  const index = path.join(root, "index.html");
  if (!fs.existsSync(index)) {
    response.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
    response.end(`The explorer UI is not built (${index} is missing): run \`npm run build:ui\`.\n`);
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = "/";
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  const inside = candidate === root || candidate.startsWith(root + path.sep);
  const file = inside && isFile(candidate) ? candidate : index;
  const immutable = file !== index && file.includes(`${path.sep}assets${path.sep}`);
  response.writeHead(200, {
    "content-type": MIME[path.extname(file)] ?? "application/octet-stream",
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (head) response.end();
  else fs.createReadStream(file).pipe(response);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
