/**
 * The machine a benchmark ran on
 * ==============================
 *
 * Cores, memory, CPU model, load average and versions, recorded next to
 * every set of figures (a figure without its machine means little).
 */
import { spawnSync } from "node:child_process";
import os from "node:os";

export interface Machine {
  date: string;
  nproc: number;
  memoryGiB: number;
  cpuModel: string;
  loadAverage: [number, number, number];
  node: string;
  platform: string;
  /** Commit measured (KG_BENCH_COMMIT when run from a copy without .git). */
  commit: string;
}

export function describeMachine(): Machine {
  const [one, five, fifteen] = os.loadavg();
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    loadAverage: [round(one!), round(five!), round(fifteen!)],
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    commit: process.env.KG_BENCH_COMMIT ?? gitCommit(),
  };
}

function gitCommit(): string {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  if (head.status !== 0) return "unknown";
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).stdout.trim() !== "";
  return `${head.stdout.trim()}${dirty ? " (with uncommitted changes)" : ""}`;
}

export function machineLine(machine: Machine): string {
  return (
    `${machine.date.slice(0, 16).replace("T", " ")} UTC, ${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, ` +
    `load average ${machine.loadAverage.join(" / ")}, node ${machine.node}, ${machine.platform}, commit ${machine.commit}`
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
