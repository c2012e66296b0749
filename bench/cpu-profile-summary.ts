/**
 * CPU profile summary
 * ===================
 *
 * `node bin/run-ts.js bench/cpu-profile-summary.ts FILE.cpuprofile [--top N]`
 * prints the functions with the most self time and the most total time
 * (self + callees, counted once per sample), as `file:function` with their
 * share of the profile's time and milliseconds. Samples are weighted by the
 * time until the next one: V8 samples unevenly (fewer while natives and GC
 * run), so counting samples misstates shares. Profiles come from `node --cpu-prof`, e.g.
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof bin/kg.js extract --workers 1 DIR > /dev/null
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  /** Microseconds before each sample. */
  timeDeltas: number[];
}

export interface FunctionShare {
  name: string;
  /** Shares of all profiled time. */
  self: number;
  total: number;
  selfMs: number;
  totalMs: number;
}

export function summarize(profile: CpuProfile, root = process.cwd()): FunctionShare[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.startsWith("file://") ? path.relative(root, fileURLToPath(url)) : url || "(native)";
    return `${file}:${functionName || "(anonymous)"}${url ? `:${lineNumber + 1}` : ""}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((sample, i) => {
    const node = byId.get(sample);
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!node) return;
    all += ms;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const name = label(byId.get(id)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  const share = (ms: number) => ms / (all || 1);
  return [...total.keys()].map((name) => {
    const selfMs = self.get(name) ?? 0;
    const totalMs = total.get(name)!;
    return { name, self: share(selfMs), total: share(totalMs), selfMs, totalMs };
  });
}

function main(): void {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) {
    console.error("usage: cpu-profile-summary.ts FILE.cpuprofile [--top N]");
    process.exit(2);
  }
  const top = Number(rest[rest.indexOf("--top") + 1] ?? 25) || 25;
  const shares = summarize(JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile);
  const print = (title: string, key: "self" | "total") => {
    console.log(`\n${title}`);
    for (const share of [...shares].sort((a, b) => b[key] - a[key]).slice(0, top)) {
      const ms = key === "self" ? share.selfMs : share.totalMs;
      console.log(`${(share[key] * 100).toFixed(1).padStart(6)}% ${ms.toFixed(0).padStart(8)} ms  ${share.name}`);
    }
  };
  print("self time", "self");
  print("total time (self + callees)", "total");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
