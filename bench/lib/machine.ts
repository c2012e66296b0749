/**
 * The machine a benchmark ran on
 * ==============================
 *
 * Cores, memory, CPU model, load average and versions, recorded next to
 * every set of figures (a figure without its machine means little).
 */
import os from "node:os";

export interface Machine {
  date: string;
  nproc: number;
  memoryGiB: number;
  cpuModel: string;
  loadAverage: [number, number, number];
  node: string;
  platform: string;
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
  };
}

export function machineLine(machine: Machine): string {
  return (
    `${machine.date.slice(0, 16).replace("T", " ")} UTC, ${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, ` +
    `load average ${machine.loadAverage.join(" / ")}, node ${machine.node}, ${machine.platform}`
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
