/**
 * Entity summaries
 * ================
 *
 * What the explorer reads of popular entities instead of counting their
 * mentions at query time: companies (./company-summaries.ts, for companies
 * across counties) and counties (./county-summaries.ts, for the counties of
 * nodes). The same discipline keeps both true: `countyCount` is present only
 * while the summary agrees with the graph. A load removes it, in the very
 * transaction that writes, replaces or deletes a report, from the entities
 * that report mentions (or mentioned), and at its end computes the summaries
 * missing; so does `kg serve` at start, for graphs loaded by other means. A
 * load killed in between leaves marked entities, which the next one computes.
 */
import type { ManagedTransaction } from "neo4j-driver";
import type { EntityType } from "../types.ts";
import { refreshCompanySummaries } from "./company-summaries.ts";
import { refreshCountySummaries } from "./county-summaries.ts";
import { loadCypher } from "./cypher-files.ts";
import type { Graph } from "./driver.ts";

/** Entity types that carry a summary. */
export const SUMMARIZED_TYPES: readonly EntityType[] = ["Company", "County"];

export interface SummaryCounts {
  companies: number;
  counties: number;
}

/** Marks these entities' summaries, where they have one, as out of date (inside a load's transaction). */
export async function markSummariesStale(tx: ManagedTransaction, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length > 0) await tx.run(loadCypher("summaries/mark-stale"), { ids: entityIds });
}

/** The ids of the entities that carry a summary. */
export function summarizedIds(entities: ReadonlyArray<{ id: string; type: string }>): string[] {
  return entities.filter((entity) => (SUMMARIZED_TYPES as readonly string[]).includes(entity.type)).map((entity) => entity.id);
}

/** Computes every missing summary; returns how many of each kind. */
export async function refreshSummaries(graph: Graph): Promise<SummaryCounts> {
  const companies = await refreshCompanySummaries(graph);
  const counties = await refreshCountySummaries(graph);
  return { companies, counties };
}
