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
 *     skipped: loading the same input twice changes nothing; if only its
 *     source or index differ, only those are updated;
 *   - a changed report first loses every relationship it contributed, then
 *     gets its new ones, and entities no report mentions any more are deleted,
 *     all in the same transaction;
 *   - reports a source file no longer holds are deleted the same way;
 *   - one report twice in the input at different places is loaded once, at
 *     the first place.
 * If Neo4j goes away mid-load (stopped, crashed) the error says so
 * (LoadInterruptedError): committed batches are complete, the batch in
 * flight was rolled back, and running the same load again finishes it. A
 * batch Neo4j refuses for another reason fails with LoadFailedError naming
 * its reports; nothing of it is written.
 * Statements are the files in cypher/load/, run as `UNWIND $rows` batches.
 */
import path from "node:path";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { redactUri } from "../config.ts";
import { loadCypher } from "./cypher-files.ts";
import { databaseOption, isConnectionLost, sessionFor, type Graph } from "./driver.ts";
import { LoadFailedError, LoadInterruptedError } from "./errors.ts";
import { parseExtractionLine, type ExtractionLine, type LoadableReport } from "./extraction-schema.ts";
import { sha256 } from "../ids.ts";
import { cypherParams } from "./params.ts";
import { buildReportRows, combineRows, rowCount, type ReportRows } from "./rows.ts";
import { ensureSchema } from "./schema.ts";
import { markSummariesStale, refreshSummaries, summarizedIds } from "./summaries.ts";

export interface LoadOptions {
  /** Most reports per transaction. */
  batchReports?: number;
  /** Rows (entities + mentions + facts) after which a batch is closed. */
  batchRows?: number;
  /** Reload reports even when their checksums are unchanged. */
  force?: boolean;
  /** Delete reports that a source file no longer holds (default true). */
  retireMissing?: boolean;
  /** Keys of the input files (ingest/file-keys.ts): a file's reports get its key at the end, once the load has them all. */
  fileKeys?: ReadonlyMap<string, string>;
  /** Files the graph holds as they are (heldFiles): left out of the input, their reports count as unchanged. */
  heldFiles?: ReadonlySet<string>;
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
  /** Unchanged reports found in another file or at another position: only their source and index were updated. */
  moved: number;
  /** Files the graph held as they are, not read again (their reports are counted as unchanged). */
  heldFiles: number;
  /** Reports deleted because their source file no longer holds them. */
  retired: number;
  /** Entities deleted because no report mentions them any more. */
  orphansDeleted: number;
  facts: number;
  mentions: number;
  transactions: number;
  problems: number;
  /** Companies whose summary (counties, evidence) was computed at the end. */
  companySummaries: number;
  /** Counties whose summary (the counties whose reports name them) was computed at the end. */
  countySummaries: number;
}

const DEFAULTS = { batchReports: 25, batchRows: 5_000 };
/** Reports read per query when reading what the graph holds. */
const STATE_PAGE = 50_000;
const FILE_KEYS_PER_WRITE = 10_000;

/** A report for the loader: an extraction, or its JSONL line still unparsed. */
export type LoadInput = LoadableReport | ExtractionLine;

export async function loadReports(
  graph: Graph,
  extractions: AsyncIterable<LoadInput> | Iterable<LoadInput>,
  options: LoadOptions = {},
): Promise<LoadStats> {
  const loader = new BatchLoader(graph, options);
  try {
    await ensureSchema(graph);
    await loader.start();
    for await (const extraction of extractions) await loader.add(extraction);
    await loader.finish();
  } catch (error) {
    await loader.abandon();
    throw loader.explain(error);
  }
  return loader.stats;
}

/** What the graph holds of a report, read once before the load. */
interface LoadedReport {
  source: string;
  index: number;
  checksum: string;
  factsChecksum: string | null;
  inputChecksum: string | null;
  fileKey?: string | null;
}

/** merge-reports found reports in the graph the loader took for new ones (another load wrote them meanwhile). */
class UnexpectedReportsError extends Error {
  constructor(readonly ids: string[]) {
    super(`reports already in the graph: ${ids.join(", ")}`);
  }
}

class BatchLoader {
  readonly stats: LoadStats = {
    reports: 0,
    written: 0,
    replaced: 0,
    unchanged: 0,
    moved: 0,
    heldFiles: 0,
    retired: 0,
    orphansDeleted: 0,
    facts: 0,
    mentions: 0,
    transactions: 0,
    problems: 0,
    companySummaries: 0,
    countySummaries: 0,
  };
  private pending = new Map<string, ReportRows>();
  private pendingRows = 0;
  /** Report ids of the input, per source file. */
  private readonly idsBySource = new Map<string, Set<string>>();
  /** Where each report of the input was first met ("source#index"). */
  private readonly placeInInput = new Map<string, string>();
  private readonly loadedAt = new Date().toISOString();
  private readonly limits: Required<Pick<LoadOptions, "batchReports" | "batchRows">>;
  /** Reports in the graph: as read before the load, then as this load wrote them. */
  private loaded = new Map<string, LoadedReport>();
  /** Report id by input checksum (see add). */
  private readonly byInput = new Map<string, string>();
  /** Reports in the graph before the load, per source file as `fileOf` names it (for retiring). */
  private readonly loadedBySource = new Map<string, string[]>();
  /** The batch being written while the next one is read and built. */
  private writing: Promise<void> | null = null;
  /** Sources of the reports being written, for error messages. */
  private inFlight: string[] = [];

  constructor(
    private readonly graph: Graph,
    private readonly options: LoadOptions,
  ) {
    this.limits = { batchReports: options.batchReports ?? DEFAULTS.batchReports, batchRows: options.batchRows ?? DEFAULTS.batchRows };
  }

  /** Reads what the graph holds: ids, sources and checksums of every report. */
  async start(): Promise<void> {
    for (let after = ""; ; ) {
      const page = await this.graph.driver.executeQuery(
        loadCypher("load/report-state"),
        cypherParams({ after, limit: STATE_PAGE }),
        { routing: neo4j.routing.READ, ...databaseOption(this.graph) },
      );
      for (const record of page.records) {
        const id = record.get("id") as string;
        const source = record.get("source") as string;
        const inputChecksum = record.get("inputChecksum") as string | null;
        this.loaded.set(id, {
          source,
          index: toNumber(record.get("index")),
          checksum: record.get("checksum") as string,
          factsChecksum: record.get("factsChecksum") as string | null,
          inputChecksum,
          fileKey: record.get("fileKey") as string | null,
        });
        if (inputChecksum) this.byInput.set(inputChecksum, id);
        const ids = this.loadedBySource.get(fileOf(source)) ?? [];
        ids.push(id);
        this.loadedBySource.set(fileOf(source), ids);
        after = id;
      }
      if (page.records.length < STATE_PAGE) break;
    }
    for (const source of this.options.heldFiles ?? []) this.holdFile(source);
  }

  /** The reports of a file the graph holds as it is: in the input, unchanged, without being read. */
  private holdFile(source: string): void {
    for (const id of this.loadedBySource.get(fileOf(source)) ?? []) {
      this.noteInput(source, this.loaded.get(id)!.index, id);
      this.stats.reports += 1;
      this.stats.unchanged += 1;
    }
    this.stats.heldFiles += 1;
  }

  /**
   * Takes one report. Its input checksum (sha256 of its JSONL line, or of
   * the extraction as JSON) is looked up first: a report the graph holds from
   * exactly this input is skipped without being parsed or turned into rows,
   * which makes re-loading an unchanged extraction cheap.
   */
  async add(input: LoadInput): Promise<void> {
    this.stats.reports += 1;
    const inputChecksum = sha256(isLine(input) ? input.line.trim() : JSON.stringify(input));
    if (!this.options.force && this.skipIdentical(inputChecksum)) return;
    const extraction = isLine(input) ? parseExtractionLine(input.line, input.where) : input;
    if (this.isMetElsewhere(extraction)) return;
    this.noteInput(extraction.source, extraction.index, extraction.id);
    const rows = buildReportRows(extraction);
    rows.report.props.inputChecksum = inputChecksum;
    for (const problem of rows.problems) this.problem(problem);
    // The same report twice in one input: the later one wins.
    const replaced = this.pending.get(rows.report.id);
    if (replaced) this.pendingRows -= rowCount(replaced);
    this.pending.set(rows.report.id, rows);
    this.pendingRows += rowCount(rows);
    if (this.pending.size >= this.limits.batchReports || this.pendingRows >= this.limits.batchRows) await this.flush();
  }

  /** Whether the graph holds (or is being given) this very input; counts it as unchanged if so. */
  private skipIdentical(inputChecksum: string): boolean {
    const id = this.byInput.get(inputChecksum);
    const loaded = id === undefined ? undefined : this.loaded.get(id);
    // A pending report of the same id is about to be replaced by another version: this one must win.
    if (id === undefined || loaded?.inputChecksum !== inputChecksum || this.pending.has(id)) return false;
    this.noteInput(loaded.source, loaded.index, id);
    this.stats.unchanged += 1;
    if (this.stats.unchanged % this.limits.batchReports === 0) this.options.onBatch?.(this.stats);
    return true;
  }

  /**
   * Whether this report (same id) came earlier in the input
   * from another file or position: it is loaded once, at the first place, so
   * that its source does not flip between the two at every load.
   */
  private isMetElsewhere(extraction: LoadableReport): boolean {
    const first = this.placeInInput.get(extraction.id);
    const place = `${extraction.source}#${extraction.index}`;
    if (first === undefined || first === place) return false;
    this.problem(`${place}: the same report as ${first}; loaded once, from ${first}`);
    return true;
  }

  private noteInput(source: string, index: number, id: string): void {
    const ids = this.idsBySource.get(source) ?? new Set<string>();
    ids.add(id);
    this.idsBySource.set(source, ids);
    if (!this.placeInInput.has(id)) this.placeInInput.set(id, `${source}#${index}`);
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.settle();
    if (this.options.retireMissing !== false) await this.retireMissing();
    await this.markFileKeys();
    // Always, not only after writes: a load killed after its last batch leaves entities marked.
    const summaries = await refreshSummaries(this.graph);
    this.stats.companySummaries = summaries.companies;
    this.stats.countySummaries = summaries.counties;
  }

  /** Hands the pending reports that changed to the writer; the write runs while the next batch is built. */
  private async flush(): Promise<void> {
    const batch = [...this.pending.values()];
    this.pending.clear();
    this.pendingRows = 0;
    if (batch.length === 0) return;
    const changed = batch.filter((rows) => this.options.force || !this.holdsContentOf(rows));
    const changing = new Set(changed);
    const moved = batch.filter((rows) => !changing.has(rows) && !this.holdsPlaceOf(rows));
    await this.settle();
    this.stats.unchanged += batch.length - changed.length - moved.length;
    if (changed.length === 0 && moved.length === 0) {
      this.options.onBatch?.(this.stats);
      return;
    }
    const known = new Set(changed.filter((rows) => this.loaded.has(rows.report.id)).map((rows) => rows.report.id));
    for (const rows of [...changed, ...moved]) {
      const { source, index, checksum, factsChecksum, inputChecksum = null } = rows.report.props;
      this.loaded.set(rows.report.id, { source, index, checksum, factsChecksum, inputChecksum });
      if (inputChecksum) this.byInput.set(inputChecksum, rows.report.id);
    }
    this.inFlight = [...changed, ...moved].map((rows) => String(rows.report.props.source));
    this.writing = this.writeBatch(changed, moved, known);
    // Failures surface at the next settle(); until then they are not unhandled.
    this.writing.catch(() => undefined);
  }

  /** After a failure elsewhere: lets the batch being written end, whatever its outcome. */
  async abandon(): Promise<void> {
    await this.writing?.catch(() => undefined);
  }

  /** Waits for the batch being written (rethrowing its failure). */
  private async settle(): Promise<void> {
    const writing = this.writing;
    if (!writing) return;
    await writing;
    this.writing = null;
    this.inFlight = [];
  }

  private async writeBatch(changed: ReportRows[], moved: ReportRows[], known: Set<string>): Promise<void> {
    const work = (tx: ManagedTransaction) => writeReports(tx, changed, moved, known, this.loadedAt);
    let result: WriteResult;
    try {
      result = await this.write(work);
    } catch (error) {
      if (!(error instanceof UnexpectedReportsError)) throw error;
      for (const id of error.ids) known.add(id);
      result = await this.write(work);
    }
    this.stats.written += changed.length;
    this.stats.moved += moved.length;
    this.stats.replaced += result.replaced;
    this.stats.orphansDeleted += result.orphans;
    this.stats.facts += changed.reduce((sum, rows) => sum + rows.facts.length, 0);
    this.stats.mentions += changed.reduce((sum, rows) => sum + rows.mentions.length, 0);
    this.options.onBatch?.(this.stats);
  }

  /** Whether the graph holds this report with the same text and facts. */
  private holdsContentOf(rows: ReportRows): boolean {
    const before = this.loaded.get(rows.report.id);
    return before !== undefined && before.checksum === rows.report.props.checksum && before.factsChecksum === rows.report.props.factsChecksum;
  }

  /** Whether the graph holds this report from the same file and position. */
  private holdsPlaceOf(rows: ReportRows): boolean {
    const before = this.loaded.get(rows.report.id);
    return before !== undefined && before.source === rows.report.props.source && before.index === rows.report.props.index;
  }

  /** Deletes the reports loaded before from a source file of this input that no longer holds them. */
  private async retireMissing(): Promise<void> {
    const inInput = new Set([...this.idsBySource.values()].flatMap((ids) => [...ids]));
    for (const source of this.idsBySource.keys()) {
      const reportIds = (this.loadedBySource.get(fileOf(source)) ?? []).filter((id) => !inInput.has(id));
      if (reportIds.length === 0) continue;
      this.inFlight = [source];
      this.stats.orphansDeleted += await this.write((tx) => deleteReports(tx, reportIds));
      this.inFlight = [];
      this.stats.retired += reportIds.length;
    }
  }

  /** Gives the reports of every input file its key; the input held each file in whole, or the load would have failed. */
  private async markFileKeys(): Promise<void> {
    const keys = this.options.fileKeys;
    if (!keys) return;
    const rows = [...this.idsBySource].flatMap(([source, ids]) => {
      const key = keys.get(source);
      if (key === undefined) return [];
      return [...ids].filter((id) => this.loaded.get(id)?.fileKey !== key).map((id) => ({ id, key, reports: ids.size }));
    });
    for (let at = 0; at < rows.length; at += FILE_KEYS_PER_WRITE) {
      const reports = rows.slice(at, at + FILE_KEYS_PER_WRITE);
      await this.write((tx) => tx.run(loadCypher("load/mark-file-keys"), cypherParams({ reports })));
    }
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

  private problem(message: string): void {
    this.stats.problems += 1;
    this.options.onProblem?.(message);
  }
}

interface WriteResult {
  replaced: number;
  orphans: number;
}

/**
 * One transaction: write these reports, replacing what earlier loads of the
 * `known` ones said, and give the `moved` ones their new source and index.
 * Statements are sent without waiting for each other (the driver pipelines
 * them in the transaction). Reports new to the graph need no delete and no
 * rebuild of aliases; if merge-reports finds one of them in the graph after
 * all, the transaction is rolled back (UnexpectedReportsError).
 */
async function writeReports(
  tx: ManagedTransaction,
  reports: readonly ReportRows[],
  moved: readonly ReportRows[],
  known: ReadonlySet<string>,
  loadedAt: string,
): Promise<WriteResult> {
  const moving = moved.length > 0 ? tx.run(loadCypher("load/move-reports"), cypherParams({ reports: moved.map(placeRow), loadedAt })) : null;
  if (reports.length === 0) {
    await moving;
    return { replaced: 0, orphans: 0 };
  }
  const batch = combineRows(reports);
  const deleting = known.size > 0 ? deleteFacts(tx, [...known]) : Promise.resolve([]);
  const statements = [
    tx.run(loadCypher("load/merge-reports"), cypherParams({ reports: batch.reports, loadedAt })),
    tx.run(loadCypher("load/merge-entities"), cypherParams({ entities: batch.entities })),
    tx.run(loadCypher("load/create-mentions"), cypherParams({ mentions: batch.mentions })),
    tx.run(loadCypher("load/create-facts"), cypherParams({ facts: batch.facts })),
    markSummariesStale(tx, summarizedIds(batch.entities)),
  ];
  const [formerlyMentioned, [merged]] = await Promise.all([deleting, Promise.all(statements), moving]);
  const existed = (merged!.records[0]?.get("existed") as string[] | undefined) ?? [];
  const unexpected = existed.filter((id) => !known.has(id));
  if (unexpected.length > 0) throw new UnexpectedReportsError(unexpected);
  if (formerlyMentioned.length === 0) return { replaced: existed.length, orphans: 0 };
  const current = new Set(batch.entities.map((entity) => entity.id));
  const orphans = await deleteOrphans(
    tx,
    formerlyMentioned.filter((id) => !current.has(id)),
  );
  await refreshEntityProps(tx, formerlyMentioned);
  await tx.run(loadCypher("load/refresh-aliases"), { entities: formerlyMentioned });
  await markSummariesStale(tx, formerlyMentioned);
  return { replaced: existed.length, orphans };
}

function placeRow(rows: ReportRows) {
  const { source, index, inputChecksum = null } = rows.report.props;
  return { id: rows.report.id, source, index, inputChecksum };
}

/** One transaction: delete reports, their facts, and entities left unmentioned. */
async function deleteReports(tx: ManagedTransaction, reportIds: string[]): Promise<number> {
  const formerlyMentioned = await deleteFacts(tx, reportIds);
  await tx.run(loadCypher("load/delete-reports"), { reports: reportIds });
  const orphans = await deleteOrphans(tx, formerlyMentioned);
  await refreshEntityProps(tx, formerlyMentioned);
  await tx.run(loadCypher("load/refresh-aliases"), { entities: formerlyMentioned });
  await markSummariesStale(tx, formerlyMentioned);
  return orphans;
}

/** Entities whose name and props came from a report that no longer names them take those of the next report (merge-entities.cypher). */
async function refreshEntityProps(tx: ManagedTransaction, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  const lost = await tx.run(loadCypher("load/lost-entity-props"), { entities: entityIds });
  if (lost.records.length === 0) return;
  const entities = lost.records.map((record) => {
    const given = record.get("entity") as string | null;
    const { name, props } = given ? (JSON.parse(given) as { name: string; props: Record<string, unknown> }) : { name: null, props: null };
    return { id: record.get("id") as string, from: record.get("report") as string, name, props };
  });
  await tx.run(loadCypher("load/set-entity-props"), cypherParams({ entities }));
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

function isLine(input: LoadInput): input is ExtractionLine {
  return typeof (input as Partial<ExtractionLine>).line === "string" && (input as Partial<LoadableReport>).entities === undefined;
}

function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value);
}

/**
 * The file a report's source names, however it was spelt when loaded
 * (`../corpus/a.txt`, `/home/u/corpus/a.txt`): a file's old reports are
 * retired whichever spelling loaded them. A relative source is resolved
 * against this process's folder, as it was when it was given.
 */
function fileOf(source: string): string {
  return path.resolve(source);
}
