/**
 * Load rows
 * =========
 *
 * Turns one ReportExtraction into the parameter rows of the cypher/load/*
 * statements (pure, unit-tested). The graph model (cypher/README.md):
 *   - one Report row with scalar properties (Neo4j properties are scalars or
 *     lists of them, so subject and speaker are flattened);
 *   - one Entity row per entity (props without the reserved keys);
 *   - one MENTIONS row per entity: the names this report uses for it and up
 *     to a few evidence sentences;
 *   - one fact row per (type, source, target) of the report, its evidence as
 *     parallel arrays (evidenceText / evidenceStart / evidenceEnd).
 * Relations pointing at entities the report does not list are dropped and
 * reported, so every fact has endpoints its report MENTIONS.
 */
import { sha256 } from "../ids.ts";
import type { Evidence, RelationType } from "../types.ts";
import type { LoadableReport } from "./extraction-schema.ts";

type Scalar = string | number | boolean | null;
type Props = Record<string, Scalar | Scalar[]>;

const RESERVED_ENTITY_KEYS = new Set(["id", "name", "aliases"]);
const RESERVED_FACT_KEYS = new Set(["report", "evidenceText", "evidenceStart", "evidenceEnd"]);

export interface ReportRow {
  id: string;
  props: {
    source: string;
    index: number;
    title: string;
    date: string | null;
    checksum: string;
    factsChecksum: string;
    subject: string | null;
    subjectCity: string | null;
    subjectProvince: string | null;
    subjectCode: string | null;
    speaker: string | null;
    speakerRole: string | null;
    text: string;
    /** sha256 of the extraction as the loader got it (its JSONL line): an identical line is skipped unparsed. */
    inputChecksum?: string;
  };
}

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  props: Props;
  /** The report this row comes from: of all the reports naming an entity, the smallest id gives its name and props. */
  from: string;
}

export interface EvidenceColumns {
  evidenceText: string[];
  evidenceStart: number[];
  evidenceEnd: number[];
}

export interface MentionRow {
  report: string;
  entity: string;
  props: EvidenceColumns & {
    report: string;
    /** Names and aliases this report uses for the entity (canonical name first). */
    names: string[];
    /** The entity's name and props as this report gives them (`entityJson`): read back when the report that gave the entity its own goes. */
    entity: string;
  };
}

export interface FactRow {
  type: Exclude<RelationType, "MENTIONS">;
  source: string;
  target: string;
  /** Every property of the relationship: report id, evidence columns, the relation's own props. */
  props: Props & EvidenceColumns & { report: string };
}

export interface ReportRows {
  report: ReportRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  facts: FactRow[];
  /** Things dropped or suspicious, for the user (never fatal). */
  problems: string[];
}

export function buildReportRows(extraction: LoadableReport): ReportRows {
  const problems: string[] = [];
  const where = `${extraction.source}#${extraction.index}`;
  const textLength = extraction.text.length;
  const entities = uniqueBy(extraction.entities, (entity) => entity.id).map(
    (entity): EntityRow => ({ id: entity.id, type: entity.type, name: entity.name, props: withoutKeys(entity.props, RESERVED_ENTITY_KEYS), from: extraction.id }),
  );
  const known = new Map(extraction.entities.map((entity) => [entity.id, entity]));

  const mentionEvidence = new Map<string, Evidence[]>();
  const factsByKey = new Map<string, { type: FactRow["type"]; source: string; target: string; props: Props; evidence: Evidence[] }>();
  for (const relation of extraction.relations) {
    const evidence = relation.evidence.filter((item) => {
      const inside = item.start <= item.end && item.end <= textLength;
      if (!inside) problems.push(`${where}: ${relation.type} evidence ${item.start}-${item.end} is outside the report text; dropped`);
      return inside;
    });
    if (relation.type === "MENTIONS") {
      if (!known.has(relation.target)) {
        problems.push(`${where}: MENTIONS of unknown entity ${relation.target}; dropped`);
        continue;
      }
      mentionEvidence.set(relation.target, [...(mentionEvidence.get(relation.target) ?? []), ...evidence]);
      continue;
    }
    if (!known.has(relation.source) || !known.has(relation.target)) {
      problems.push(`${where}: ${relation.type} ${relation.source} -> ${relation.target} names an entity the report does not list; dropped`);
      continue;
    }
    const key = `${relation.type}\u0000${relation.source}\u0000${relation.target}`;
    const fact = factsByKey.get(key);
    const props = withoutKeys(relation.props ?? {}, RESERVED_FACT_KEYS);
    if (!fact) factsByKey.set(key, { type: relation.type, source: relation.source, target: relation.target, props, evidence });
    else {
      fact.props = mergeProps(fact.props, props);
      fact.evidence.push(...evidence);
    }
  }

  const mentions = entities.map(
    (entity): MentionRow => ({
      report: extraction.id,
      entity: entity.id,
      props: {
        report: extraction.id,
        names: unique([entity.name, ...known.get(entity.id)!.aliases]),
        ...evidenceColumns(mentionEvidence.get(entity.id) ?? []),
        entity: entityJson(entity),
      },
    }),
  );
  const facts = [...factsByKey.values()].map(
    (fact): FactRow => ({
      type: fact.type,
      source: fact.source,
      target: fact.target,
      props: { ...fact.props, report: extraction.id, ...evidenceColumns(fact.evidence) },
    }),
  );
  const factsChecksum = sha256(JSON.stringify({ entities, mentions, facts }));
  return { report: reportRow(extraction, factsChecksum), entities, mentions, facts, problems };
}

function reportRow(extraction: LoadableReport, factsChecksum: string): ReportRow {
  return {
    id: extraction.id,
    props: {
      source: extraction.source,
      index: extraction.index,
      title: extraction.title,
      date: extraction.date,
      checksum: extraction.checksum,
      factsChecksum,
      subject: extraction.subject?.name ?? null,
      subjectCity: extraction.subject?.city ?? null,
      subjectProvince: extraction.subject?.province ?? null,
      subjectCode: extraction.subject?.code ?? null,
      speaker: extraction.speaker?.name ?? null,
      speakerRole: extraction.speaker?.role ?? null,
      text: extraction.text,
    },
  };
}

/** An entity's name and props as one string (keys sorted), for MENTIONS: Neo4j properties hold no maps. */
export function entityJson(entity: Pick<EntityRow, "name" | "props">): string {
  const props = Object.fromEntries(Object.entries(entity.props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ name: entity.name, props });
}

/** Evidence sorted by position, one entry per span, as parallel arrays. */
export function evidenceColumns(evidence: readonly Evidence[]): EvidenceColumns {
  const spans = uniqueBy(evidence, (item) => `${item.start}:${item.end}`).sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    evidenceText: spans.map((item) => item.text),
    evidenceStart: spans.map((item) => item.start),
    evidenceEnd: spans.map((item) => item.end),
  };
}

/** An entity as one transaction writes it: its rows in the batch folded into one. */
export interface BatchEntityRow extends EntityRow {
  /** Every name the batch's reports use for it (their MENTIONS names), for its aliases. */
  names: string[];
}

/** Statement parameters of one transaction: the rows of several whole reports. */
export interface BatchRows {
  reports: ReportRow[];
  entities: BatchEntityRow[];
  mentions: MentionRow[];
  facts: FactRow[];
}

/**
 * The rows of several whole reports, in input order. An entity several of
 * them list is written once: with the name and props of the report with the
 * smallest id (as the graph keeps them whatever order reports are loaded in),
 * and the names of all of them.
 */
export function combineRows(reports: readonly ReportRows[]): BatchRows {
  const entities = new Map<string, BatchEntityRow>();
  for (const rows of reports) {
    const names = new Map(rows.mentions.map((mention) => [mention.entity, mention.props.names]));
    for (const entity of rows.entities) {
      const seen = entities.get(entity.id);
      const used = names.get(entity.id) ?? [];
      if (!seen) entities.set(entity.id, { ...entity, props: { ...entity.props }, names: [...used] });
      else {
        if (entity.from < seen.from) Object.assign(seen, { name: entity.name, type: entity.type, props: { ...entity.props }, from: entity.from });
        for (const name of used) if (!seen.names.includes(name)) seen.names.push(name);
      }
    }
  }
  return {
    reports: reports.map((rows) => rows.report),
    entities: [...entities.values()],
    mentions: reports.flatMap((rows) => rows.mentions),
    facts: reports.flatMap((rows) => rows.facts),
  };
}

/** Size of a report's load in statement rows, to keep transactions bounded. */
export function rowCount(rows: ReportRows): number {
  return 1 + rows.entities.length + rows.mentions.length + rows.facts.length;
}

function mergeProps(first: Props, second: Props): Props {
  const merged: Props = { ...first };
  for (const [key, value] of Object.entries(second)) if (merged[key] === undefined || merged[key] === null) merged[key] = value;
  return merged;
}

function withoutKeys(props: Props, reserved: ReadonlySet<string>): Props {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !reserved.has(key)));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.trim() !== ""))];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
