/**
 * CPU profile summary
 * ===================
 *
 * `node bin/run-ts.js bench/cpu-profile-summary.ts FILE.cpuprofile [--top N]`
 * prints the functions with the most self time and the most total time
 * (self + callees, counted once per sample), as `file:function` with their
 * share of all samples. Profiles come from `node --cpu-prof`, e.g.
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
}

export interface FunctionShare {
  name: string;
  self: number;
  total: number;
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
  for (const sample of profile.samples) {
    let node = byId.get(sample);
    if (!node) continue;
    self.set(label(node), (self.get(label(node)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const name = label(byId.get(id)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + 1);
    }
    node = undefined;
  }
  const count = profile.samples.length || 1;
  return [...total.keys()].map((name) => ({ name, self: (self.get(name) ?? 0) / count, total: total.get(name)! / count }));
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
      console.log(`${(share[key] * 100).toFixed(1).padStart(6)}%  ${share.name}`);
    }
  };
  print("self time", "self");
  print("total time (self + callees)", "total");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
