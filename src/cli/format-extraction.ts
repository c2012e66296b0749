/**
 * Extraction output formats
 * =========================
 *
 * `jsonl`: the contract other tools read, one report per line.
 * `pretty`: a human-readable summary with the evidence of each relation.
 */
import type { Entity, ReportExtraction } from "../types.ts";

export type ExtractionFormatter = (report: ReportExtraction) => string;

function jsonl(report: ReportExtraction): string {
  return `${JSON.stringify(report)}\n`;
}

function pretty(report: ReportExtraction): string {
  const names = new Map<string, Entity>(report.entities.map((e) => [e.id, e]));
  const subject = report.subject ? [report.subject.province, report.subject.city, report.subject.name].filter(Boolean).join(" / ") : "unknown";
  const lines = [
    `== ${report.title || "(untitled)"}  [${report.source}#${report.index}]`,
    `   date: ${report.date ?? "unknown"}   subject: ${subject}${report.speaker ? `   speaker: ${report.speaker.role ?? ""} ${report.speaker.name}` : ""}`,
  ];
  for (const type of ["County", "Company", "Project", "Slogan", "Person"] as const) {
    const ofType = report.entities.filter((e) => e.type === type);
    if (ofType.length === 0) continue;
    lines.push(`   ${type} (${ofType.length}): ${ofType.map((e) => (e.aliases.length ? `${e.name} (${e.aliases.join(", ")})` : e.name)).join("; ")}`);
  }
  for (const relation of report.relations) {
    if (relation.type === "MENTIONS") continue;
    const source = names.get(relation.source)?.name ?? relation.source;
    const target = names.get(relation.target)?.name ?? relation.target;
    const role = relation.props?.role ? ` (${relation.props.role})` : "";
    lines.push(`   ${source} -[${relation.type}${role}]-> ${target}`);
    for (const evidence of relation.evidence.slice(0, 2)) lines.push(`      “${evidence.text}” @${evidence.start}-${evidence.end}`);
  }
  return `${lines.join("\n")}\n\n`;
}

export const FORMATTERS: Record<"jsonl" | "pretty", ExtractionFormatter> = { jsonl, pretty };
