/**
 * CPU pinning
 * ===========
 *
 * `taskset -c 0` makes a "one core" figure mean one core even when the
 * process has helper threads (GC, libuv, pdfjs); where taskset is missing,
 * the figure is measured unpinned and says so.
 */
import { spawnSync } from "node:child_process";

let available: boolean | undefined;

export function hasTaskset(): boolean {
  available ??= spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  return available;
}
