/**
 * Text layouts of a report
 * ========================
 *
 * The ways the sample corpus lays a report out as text: paragraphs on their
 * own lines (Markdown-ish or plain), one very long line (scraped listing
 * pages), and lines hard-wrapped at the page width with blank lines between
 * them and page numbers (text pulled out of a PDF).
 */
import type { Random } from "./random.ts";
import type { SyntheticReport } from "./report.ts";

export function speakerLine(report: SyntheticReport): string {
  return `${report.county.division.name}人民政府${report.speaker.role} ${report.speaker.name}`;
}

/** Title, meeting, speaker, then headings and paragraphs, one per line. */
export function paragraphLines(report: SyntheticReport, options: { markdown: boolean }): string[] {
  const lines = [options.markdown ? `# ${report.title}` : report.title, report.meeting, speakerLine(report)];
  for (const block of report.blocks) {
    if ("heading" in block) lines.push(options.markdown ? `## ${block.heading}` : block.heading);
    else lines.push(block.paragraph);
  }
  return lines;
}

/** The whole report as the one long line of a listing page (`…会议上县长;姓名各位代表:…`). */
export function runOnLine(report: SyntheticReport, random: Random): string {
  const separator = random.pick([";", ";", " ", ""]);
  const head = `${report.meeting.replace(/^——/, "")}${report.speaker.role}${separator}${report.speaker.name}`;
  const body = report.blocks.map((block) => ("heading" in block ? `${block.heading}` : block.paragraph)).join(" ");
  return `${head}${body}`;
}

/**
 * Hard-wrapped page lines: `width` characters a line, digits spaced from
 * Chinese (`2022 年`), a blank line between lines, a page number every
 * `pageLines` lines.
 */
export function wrappedPages(paragraphs: string[], random: Random, width = 30, pageLines = 28): string[] {
  const out: string[] = [];
  let onPage = 0;
  let page = 1;
  const push = (line: string) => {
    out.push(line, "");
    if (++onPage >= pageLines) {
      out.push(`— ${page++} —`, "");
      onPage = 0;
    }
  };
  for (const paragraph of paragraphs) {
    const spaced = paragraph.replace(/(\d[\d.%]*)/g, " $1 ").replace(/ {2,}/g, " ");
    for (let start = 0; start < spaced.length; ) {
      const take = width + random.int(-2, 2);
      push(spaced.slice(start, start + take));
      start += take;
    }
  }
  return out;
}
