/**
 * Loading extractions into Neo4j
 * ==============================
 *
 * Report extractions in, graph out, idempotently:
 *   - the schema is applied first (constraints before any MERGE);
 *   - reports are grouped into batches of whole reports, and each batch is
 *     written in ONE transaction (retried by the driver on transient errors),
 *     so a failure never leaves a half-loaded report;
 *   - a report whose text checksum and facts checksum are both unchanged is
 *     skipped: loading the same input twice changes nothing;
 *   - a changed report first loses every relationship it contributed, then
 *     gets its new ones, and entities no report mentions any more are deleted,
 *     all in the same transaction;
 *   - reports a source file no longer holds are deleted the same way.
 * If Neo4j goes away mid-load (stopped, crashed) the error says so
 * (LoadInterruptedError): committed batches are complete, the batch in
 * flight was rolled back, and running the same load again finishes it. A
 * batch Neo4j refuses for another reason fails with LoadFailedError naming
 * its reports; nothing of it is written.
 * Statements are the files in cypher/load/, run as `UNWIND $rows` batches.
 */
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { redactUri } from "../config.ts";
import { loadCypher } from "./cypher-files.ts";
import { isConnectionLost, sessionFor, type Graph } from "./driver.ts";
import { LoadFailedError, LoadInterruptedError } from "./errors.ts";
import type { LoadableReport } from "./extraction-schema.ts";
import { cypherParams } from "./params.ts";
import { buildReportRows, combineRows, rowCount, type ReportRows } from "./rows.ts";
import { ensureSchema } from "./schema.ts";

export interface LoadOptions {
  /** Most reports per transaction. */
  batchReports?: number;
  /** Rows (entities + mentions + facts) after which a batch is closed. */
  batchRows?: number;
  /** Reload reports even when their checksums are unchanged. */
  force?: boolean;
  /** Delete reports that a source file no longer holds (default true). */
  retireMissing?: boolean;
  onProblem?: (message: string) => void;
  onBatch?: (stats: Readonly<LoadStats>) => void;
}

export interface LoadStats {
  /** Reports read from the input. */
  reports: number;
  /** Reports written (new or changed). */
  written: number;
  /** Written reports that replaced an earlier version. */
  replaced: number;
  /** Reports skipped because nothing changed. */
  unchanged: number;
  /** Reports deleted because their source file no longer holds them. */
  retired: number;
  /** Entities deleted because no report mentions them any more. */
  orphansDeleted: number;
  facts: number;
  mentions: number;
  transactions: number;
  problems: number;
}

const DEFAULTS = { batchReports: 25, batchRows: 5_000 };

export async function loadReports(
  graph: Graph,
  extractions: AsyncIterable<LoadableReport> | Iterable<LoadableReport>,
  options: LoadOptions = {},
): Promise<LoadStats> {
  const loader = new BatchLoader(graph, options);
  try {
    await ensureSchema(graph);
    for await (const extraction of extractions) await loader.add(extraction);
    await loader.finish();
  } catch (error) {
    throw loader.explain(error);
  }
  return loader.stats;
}

class BatchLoader {
  readonly stats: LoadStats = {
    reports: 0,
    written: 0,
    replaced: 0,
    unchanged: 0,
    retired: 0,
    orphansDeleted: 0,
    facts: 0,
    mentions: 0,
    transactions: 0,
    problems: 0,
  };
  private pending = new Map<string, ReportRows>();
  private pendingRows = 0;
  private readonly idsBySource = new Map<string, Set<string>>();
  private readonly loadedAt = new Date().toISOString();
  private readonly limits: Required<Pick<LoadOptions, "batchReports" | "batchRows">>;
  /** Sources of the reports being written, for error messages. */
  private inFlight: string[] = [];

  constructor(
    private readonly graph: Graph,
    private readonly options: LoadOptions,
  ) {
    this.limits = { batchReports: options.batchReports ?? DEFAULTS.batchReports, batchRows: options.batchRows ?? DEFAULTS.batchRows };
  }

  async add(extraction: LoadableReport): Promise<void> {
    this.stats.reports += 1;
    const rows = buildReportRows(extraction);
    for (const problem of rows.problems) this.problem(problem);
    const ids = this.idsBySource.get(extraction.source) ?? new Set<string>();
    ids.add(extraction.id);
    this.idsBySource.set(extraction.source, ids);
    // The same report twice in one input: the later one wins.
    this.pending.set(rows.report.id, rows);
    this.pendingRows += rowCount(rows);
    if (this.pending.size >= this.limits.batchReports || this.pendingRows >= this.limits.batchRows) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    if (this.options.retireMissing !== false) await this.retireMissing();
  }

  private async flush(): Promise<void> {
    const batch = [...this.pending.values()];
    this.pending.clear();
    this.pendingRows = 0;
    if (batch.length === 0) return;
    const existing = await this.loadedChecksums(batch.map((rows) => rows.report.id));
    const changed = batch.filter((rows) => {
      const before = existing.get(rows.report.id);
      const same = before && before.checksum === rows.report.props.checksum && before.factsChecksum === rows.report.props.factsChecksum;
      return this.options.force || !same;
    });
    this.stats.unchanged += batch.length - changed.length;
    if (changed.length > 0) {
      this.inFlight = changed.map((rows) => String(rows.report.props.source));
      const orphans = await this.write((tx) => writeReports(tx, changed, this.loadedAt));
      this.inFlight = [];
      this.stats.written += changed.length;
      this.stats.replaced += changed.filter((rows) => existing.has(rows.report.id)).length;
      this.stats.orphansDeleted += orphans;
      this.stats.facts += changed.reduce((sum, rows) => sum + rows.facts.length, 0);
      this.stats.mentions += changed.reduce((sum, rows) => sum + rows.mentions.length, 0);
    }
    this.options.onBatch?.(this.stats);
  }

  private async retireMissing(): Promise<void> {
    for (const [source, ids] of this.idsBySource) {
      const stale = await this.graph.driver.executeQuery(
        loadCypher("load/stale-reports"),
        { source, keep: [...ids] },
        { routing: neo4j.routing.READ, ...this.databaseOption() },
      );
      const reportIds = stale.records.map((record) => record.get("id") as string);
      if (reportIds.length === 0) continue;
      this.inFlight = [source];
      this.stats.orphansDeleted += await this.write((tx) => deleteReports(tx, reportIds));
      this.inFlight = [];
      this.stats.retired += reportIds.length;
    }
  }

  private async loadedChecksums(ids: string[]): Promise<Map<string, { checksum: string; factsChecksum: string | null }>> {
    const result = await this.graph.driver.executeQuery(
      loadCypher("load/report-checksums"),
      { ids },
      { routing: neo4j.routing.READ, ...this.databaseOption() },
    );
    return new Map(
      result.records.map((record) => [
        record.get("id") as string,
        { checksum: record.get("checksum") as string, factsChecksum: record.get("factsChecksum") as string | null },
      ]),
    );
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = sessionFor(this.graph, neo4j.session.WRITE);
    try {
      const result = await session.executeWrite(work);
      this.stats.transactions += 1;
      return result;
    } finally {
      await session.close();
    }
  }

  /** A driver error as a message about the load: what is in the graph, what to do. Other errors pass unchanged. */
  explain(error: unknown): unknown {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code !== "string" || (error as Error).name !== "Neo4jError") return error;
    const done = `${this.stats.written} report(s) written before are complete`;
    const batch = this.inFlight.length > 0 ? `the batch being written (${describeSources(this.inFlight)}) was rolled back as a whole` : "nothing was being written";
    const message = (error as Error).message.split("\n")[0] ?? "";
    if (isConnectionLost(error)) {
      return new LoadInterruptedError(
        `lost Neo4j at ${redactUri(this.graph.connection.uri)} during the load (${code}): ${done}; ${batch}. ` +
          "Start Neo4j (`kg neo4j start` for the local one) and run the same command again: reports already loaded are skipped.",
      );
    }
    return new LoadFailedError(`Neo4j refused a write (${code}: ${message}); ${batch}; ${done}`, code);
  }

  private databaseOption(): { database?: string } {
    return this.graph.database ? { database: this.graph.database } : {};
  }

  private problem(message: string): void {
    this.stats.problems += 1;
    this.options.onProblem?.(message);
  }
}

/** One transaction: replace these reports' contributions; returns orphans deleted. */
async function writeReports(tx: ManagedTransaction, reports: readonly ReportRows[], loadedAt: string): Promise<number> {
  const formerlyMentioned = await deleteFacts(
    tx,
    reports.map((rows) => rows.report.id),
  );
  const batch = combineRows(reports);
  await tx.run(loadCypher("load/merge-reports"), cypherParams({ reports: batch.reports, loadedAt }));
  await tx.run(loadCypher("load/merge-entities"), cypherParams({ entities: batch.entities }));
  await tx.run(loadCypher("load/create-mentions"), cypherParams({ mentions: batch.mentions }));
  await tx.run(loadCypher("load/create-facts"), cypherParams({ facts: batch.facts }));
  const current = new Set(batch.entities.map((entity) => entity.id));
  const candidates = formerlyMentioned.filter((id) => !current.has(id));
  const orphans = await deleteOrphans(tx, candidates);
  await tx.run(loadCypher("load/refresh-aliases"), { entities: [...current, ...candidates] });
  return orphans;
}

/** One transaction: delete reports, their facts, and entities left unmentioned. */
async function deleteReports(tx: ManagedTransaction, reportIds: string[]): Promise<number> {
  const formerlyMentioned = await deleteFacts(tx, reportIds);
  await tx.run(loadCypher("load/delete-reports"), { reports: reportIds });
  const orphans = await deleteOrphans(tx, formerlyMentioned);
  await tx.run(loadCypher("load/refresh-aliases"), { entities: formerlyMentioned });
  return orphans;
}

async function deleteFacts(tx: ManagedTransaction, reportIds: string[]): Promise<string[]> {
  const result = await tx.run(loadCypher("load/delete-report-facts"), { reports: reportIds });
  return [...new Set(result.records.flatMap((record) => record.get("formerlyMentioned") as string[]))];
}

async function deleteOrphans(tx: ManagedTransaction, entityIds: string[]): Promise<number> {
  if (entityIds.length === 0) return 0;
  const result = await tx.run(loadCypher("load/delete-orphans"), { entities: entityIds });
  return toNumber(result.records[0]?.get("deleted") ?? 0);
}

function describeSources(sources: string[]): string {
  const unique = [...new Set(sources)];
  const shown = unique.slice(0, 3).join(", ");
  return `${sources.length} report(s) from ${shown}${unique.length > 3 ? ` and ${unique.length - 3} more file(s)` : ""}`;
}

function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value);
}
