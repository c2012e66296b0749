/**
 * Resident memory
 * ===============
 *
 * Peak resident set size (VmHWM) of this process (worker threads included:
 * they share it) or of another process, from /proc; null where /proc is
 * missing.
 */
import fs from "node:fs";

export function peakRssBytes(pid: number | "self" = "self"): number | null {
  return statusField(pid, "VmHWM");
}

export function currentRssBytes(pid: number | "self" = "self"): number | null {
  return statusField(pid, "VmRSS");
}

function statusField(pid: number | "self", field: string): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
