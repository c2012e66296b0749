/**
 * UI build
 * ========
 *
 * `kg serve` serves graph-ui/dist. When that is missing or older than the
 * UI sources, it is rebuilt with Vite first, so a fresh checkout and an
 * edited UI both just work.
 */
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../config.ts";

export const UI_ROOT = path.join(REPO_ROOT, "graph-ui");
export const UI_DIST = path.join(UI_ROOT, "dist");
const SOURCES = [path.join(UI_ROOT, "src"), path.join(UI_ROOT, "index.html"), path.join(UI_ROOT, "vite.config.ts"), path.join(REPO_ROOT, "src", "server", "api-types.ts")];

/** Why the UI needs building, or null when dist is up to date. */
export function uiBuildReason(): string | null {
  const index = path.join(UI_DIST, "index.html");
  if (!fs.existsSync(index)) return "graph-ui/dist is missing";
  const built = fs.statSync(index).mtimeMs;
  const newest = Math.max(...SOURCES.map(newestMtime));
  return newest > built ? "the UI sources changed since the last build" : null;
}

export async function buildUi(log: (line: string) => void = () => {}): Promise<number> {
  const started = Date.now();
  const { build } = await import("vite");
  await build({ configFile: path.join(UI_ROOT, "vite.config.ts"), logLevel: "warn" });
  const elapsed = Date.now() - started;
  log(`kg: built the explorer UI in ${(elapsed / 1000).toFixed(1)} s`);
  return elapsed;
}

export async function ensureUiBuilt(log: (line: string) => void = () => {}): Promise<void> {
  const reason = uiBuildReason();
  if (!reason) return;
  log(`kg: building the explorer UI (${reason})…`);
  await buildUi(log);
}

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}
