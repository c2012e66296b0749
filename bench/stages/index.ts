/**
 * Benchmark stages
 * ================
 *
 * A registry: each stage measures one part of the system and returns its
 * figures; `--only` / `--skip` select them by name. Order matters (the
 * loading stages read the extraction stage's output; the explorer needs the
 * largest corpus loaded, which the load stage leaves and the API stage,
 * going through every size, does not).
 */
import type { BenchContext } from "../lib/context.ts";
import type { Figure } from "../lib/table.ts";
import { adminStage } from "./admin.ts";
import { apiStage } from "./api.ts";
import { explorerStage } from "./explorer.ts";
import { extractStage } from "./extract.ts";
import { loadStage } from "./load.ts";

export interface Stage {
  name: string;
  description: string;
  run(context: BenchContext): Promise<Figure[]>;
  cleanup?(context: BenchContext): Promise<void>;
}

export const STAGES: readonly Stage[] = [
  { name: "extract", description: "extraction MB/s on 1 and all cores against raw nodejieba cut; extraction RSS", run: extractStage },
  { name: "load", description: "Neo4j load relationships/s, first load and unchanged re-load; loader and server RSS", run: loadStage },
  { name: "explorer", description: "explorer time to first frame in headless chromium (1k/10k/50k nodes) against bare sigma", run: explorerStage },
  { name: "api", description: "API latency p50/p95 for search, expand and companies-across-counties; server RSS", run: apiStage },
  { name: "bulk", description: "kg export-admin + neo4j-admin import against the Bolt first load (largest size)", run: adminStage },
];
