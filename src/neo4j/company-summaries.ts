/**
 * Company summaries
 * =================
 *
 * "Which companies appear across counties" must answer in well under a
 * second on a province's ten years of reports, where counting a popular
 * firm's mentions at query time reads hundreds of thousands of records. So
 * each Company carries what that question reads: the counties whose reports
 * name it, with the reports and evidence sentences of each
 * (cypher/summaries/set-company-summaries.cypher).
 *
 * Kept true by the loader: in the transaction that writes, replaces or
 * deletes a report, the companies it mentions (and mentioned) lose
 * `countyCount` (./summaries.ts markSummariesStale); at the end of every load, and whenever
 * asked, the companies without one get it computed again. A load killed
 * in between leaves marked companies, which the next load computes.
 * Mentions and facts are read per batch of companies and joined by report
 * here: joining them in Cypher scanned a firm's facts once per report.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { loadCypher } from "./cypher-files.ts";
import type { Graph } from "./driver.ts";
import { cypherParams } from "./params.ts";
import { refreshStale } from "./summary-batches.ts";

export interface CompanySummary {
  id: string;
  countyNames: string[];
  countyIds: string[];
  countyReports: number[];
  countyEvidence: number[];
  countyCount: number;
  evidenceCount: number;
}

export interface MentionRow {
  id: string;
  report: string;
  county: string;
  countyId: string | null;
  evidence: number;
}

export interface FactRow {
  id: string;
  report: string;
  evidence: number;
}

/** Companies per transaction when summaries are computed. */
const BATCH = 500;

/** Computes the summary of every company that lacks one; returns how many were computed. */
export function refreshCompanySummaries(graph: Graph): Promise<number> {
  return refreshStale(graph, "summaries/stale-companies", BATCH, writeSummaries);
}

async function writeSummaries(tx: ManagedTransaction, ids: string[]): Promise<void> {
  const mentions = await tx.run(loadCypher("summaries/company-mentions"), { ids });
  const facts = await tx.run(loadCypher("summaries/company-facts"), { ids });
  const summaries = summarizeCompanies(
    ids,
    mentions.records.map((record) => record.toObject() as unknown as MentionRow).map(withNumbers),
    facts.records.map((record) => record.toObject() as unknown as FactRow).map(withNumbers),
  );
  await tx.run(loadCypher("summaries/set-company-summaries"), cypherParams({ rows: summaries }));
}

function withNumbers<T extends { evidence: unknown }>(row: T): T {
  return { ...row, evidence: Number(row.evidence ?? 0) };
}

/**
 * Per company: counties sorted by name, each with its reports and evidence
 * (the mentions' sentences plus those of the company's facts from the same
 * reports). A company no report with a county names gets empty lists.
 */
export function summarizeCompanies(ids: readonly string[], mentions: readonly MentionRow[], facts: readonly FactRow[]): CompanySummary[] {
  const factEvidence = new Map<string, number>();
  for (const fact of facts) factEvidence.set(reportKey(fact.id, fact.report), (factEvidence.get(reportKey(fact.id, fact.report)) ?? 0) + fact.evidence);
  const counties = new Map<string, Map<string, { countyId: string | null; reports: Set<string>; evidence: number }>>();
  for (const mention of mentions) {
    const byCounty = counties.get(mention.id) ?? new Map();
    counties.set(mention.id, byCounty);
    const county = byCounty.get(mention.county) ?? { countyId: mention.countyId ?? null, reports: new Set<string>(), evidence: 0 };
    byCounty.set(mention.county, county);
    county.countyId ??= mention.countyId ?? null;
    county.evidence += mention.evidence;
    if (!county.reports.has(mention.report)) county.evidence += factEvidence.get(reportKey(mention.id, mention.report)) ?? 0;
    county.reports.add(mention.report);
  }
  return ids.map((id) => {
    const byCounty = [...(counties.get(id) ?? new Map()).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const countyEvidence = byCounty.map(([, county]) => county.evidence);
    return {
      id,
      countyNames: byCounty.map(([name]) => name),
      countyIds: byCounty.map(([, county]) => county.countyId ?? ""),
      countyReports: byCounty.map(([, county]) => county.reports.size),
      countyEvidence,
      countyCount: byCounty.length,
      evidenceCount: countyEvidence.reduce((sum, n) => sum + n, 0),
    };
  });
}

function reportKey(id: string, report: string): string {
  return `${id}\u0000${report}`;
}
