/**
 * File kinds of the synthetic corpus
 * ==================================
 *
 * A registry of the shapes in which reports reach the tool, one per quirk
 * of the sample corpus, so that every reading and normalisation path runs
 * in the benchmark: Markdown-ish articles (also in GB18030 and UTF-16),
 * scraped listing pages holding several reports (as text and as HTML),
 * Traditional text with photo captions, hard-wrapped PDF text, Traditional
 * transcripts with converter pinyin, and real PDFs.
 */
import iconv from "iconv-lite";
import { toTraditional, withConverterPinyin } from "./converters.ts";
import { paragraphLines, runOnLine, speakerLine, wrappedPages } from "./layout-text.ts";
import { writePdf } from "./pdf-writer.ts";
import type { Random } from "./random.ts";
import type { SyntheticReport } from "./report.ts";

export interface FileKind {
  name: string;
  extension: string;
  /** Share of the reports that come in files of this kind. */
  share: number;
  /** Reports per file: [least, most]. */
  perFile: [number, number];
  render(reports: readonly SyntheticReport[], random: Random): Buffer;
}

const utf8 = (text: string) => Buffer.from(text, "utf8");

const markdown: FileKind = {
  name: "markdown",
  extension: ".md",
  share: 0.16,
  perFile: [1, 1],
  render: ([report]) => utf8(`\n\n${paragraphLines(report!, { markdown: true }).join("\n\n")}\n`),
};

const legacyEncoding: FileKind = {
  name: "gb18030",
  extension: ".txt",
  share: 0.04,
  perFile: [1, 1],
  render: ([report]) => iconv.encode(`${paragraphLines(report!, { markdown: false }).join("\r\n")}\r\n`, "gb18030"),
};

const utf16: FileKind = {
  name: "utf16",
  extension: ".txt",
  share: 0.02,
  perFile: [1, 1],
  render: ([report]) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${paragraphLines(report!, { markdown: false }).join("\n")}\n`, "utf16le")]),
};

const listing: FileKind = {
  name: "listing",
  extension: ".txt",
  share: 0.3,
  perFile: [2, 10],
  render: (reports, random) => {
    const scraped = scrapeDate(random);
    const items = reports.map((report) => `  • 【${report.county.short}招商】${report.title}\n\n    ${runOnLine(report, random)}\n\n    ${scraped}\n`);
    return utf8(`${items.join("\n")}\n${SITE_FOOTER.join("\n\n")}\n`);
  },
};

const listingHtml: FileKind = {
  name: "listing-html",
  extension: ".html",
  share: 0.05,
  perFile: [2, 6],
  render: (reports, random) => {
    const scraped = scrapeDate(random);
    const items = reports.map(
      (report) =>
        `<div class="item"><div class="title">• 【${report.county.short}招商】${escapeHtml(report.title)}</div>\n` +
        `<p>${escapeHtml(runOnLine(report, random))}</p>\n<span class="date">${scraped}</span></div>`,
    );
    const nav = `<nav><ul>${SITE_MENU.map((entry) => `<li><a href="#">${entry}</a></li>`).join("")}</ul></nav>`;
    const footer = `<footer>${SITE_FOOTER.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}</footer>`;
    return utf8(
      `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>政府工作报告</title>` +
        `<script>var tracker = 1;</script></head>\n<body>${nav}\n<main>\n${items.join("\n")}\n</main>${footer}</body></html>\n`,
    );
  },
};

const traditional: FileKind = {
  name: "traditional",
  extension: ".txt",
  share: 0.15,
  perFile: [1, 1],
  render: ([report], random) => {
    const lines: string[] = [];
    for (const line of paragraphLines(report!, { markdown: false })) {
      lines.push(line);
      if (line.length > 80 && random.chance(0.12)) lines.push("", `${report!.county.division.name}${random.pick(CAPTION_SUBJECTS)}一角`);
    }
    return utf8(`${toTraditional(lines.join("\n"))}\n`);
  },
};

const pdfText: FileKind = {
  name: "pdf-text",
  extension: ".txt",
  share: 0.18,
  perFile: [1, 1],
  render: ([report], random) => utf8(`${wrappedPages(pdfParagraphs(report!), random).join("\n")}\n`),
};

const pinyinTranscript: FileKind = {
  name: "pinyin",
  extension: ".txt",
  share: 0.06,
  perFile: [1, 1],
  render: ([report], random) => {
    const lines = [
      PROVINCE_MENU.join("|"),
      `【新闻发布会实录】${report!.county.division.name}高质量发展新闻发布会`,
      `${report!.date.slice(0, 4)}年${report!.date.slice(5, 7)}月${report!.date.slice(8, 10)}日 10:${random.int(10, 59)}`,
      `来源:${report!.county.division.city ?? report!.county.division.province ?? ""}发布`,
      "",
      `  县委副书记、政府县长 ${report!.speaker.name}:`,
      "",
      ...paragraphLines(report!, { markdown: false }).slice(3).map((line) => `  ${line}\n`),
      "责任编辑:新闻中心",
      "版权所有 未经授权禁止复制或建立镜像",
    ];
    return utf8(`${withConverterPinyin(toTraditional(lines.join("\n")), random)}\n`);
  },
};

const pdf: FileKind = {
  name: "pdf",
  extension: ".pdf",
  share: 0.04,
  perFile: [1, 1],
  render: ([report], random) => writePdf(wrappedPages(pdfParagraphs(report!), random).filter((line) => line !== "")),
};

export const FILE_KINDS: readonly FileKind[] = [markdown, legacyEncoding, utf16, listing, listingHtml, traditional, pdfText, pinyinTranscript, pdf];

/** Files are drawn so that each kind's share of the *reports* is its `share`. */
const FILE_WEIGHTS = FILE_KINDS.map((kind) => kind.share / ((kind.perFile[0] + kind.perFile[1]) / 2));

export function pickKind(random: Random): FileKind {
  let roll = random.next() * FILE_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  for (const [index, kind] of FILE_KINDS.entries()) {
    roll -= FILE_WEIGHTS[index]!;
    if (roll < 0) return kind;
  }
  return FILE_KINDS[FILE_KINDS.length - 1]!;
}

export function reportsPerFile(kind: FileKind, random: Random): number {
  return random.int(kind.perFile[0], kind.perFile[1]);
}

function pdfParagraphs(report: SyntheticReport): string[] {
  const title = `${report.county.division.name}人民代表大会会议文件`;
  return [title, "政 府 工 作 报 告", report.meeting, speakerLine(report), ...paragraphLines(report, { markdown: false }).slice(3)];
}

function scrapeDate(random: Random): string {
  return `20${random.int(22, 25)}-0${random.int(1, 9)}-${String(random.int(10, 28))}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const CAPTION_SUBJECTS = ["新建厂房车间", "重点项目建设现场", "现代农业示范园区", "城区新貌"];
const SITE_MENU = ["首页", "招商引资政策", "工业用地招商", "租购厂房仓库", "园区资讯", "联系我们"];
const SITE_FOOTER = [
  "投稿须知:本站欢迎各地投稿,来稿请注明作者和联系方式,本站有权对来稿进行删改。",
  "免责声明:本站部分内容来源于网络,仅供参考,如有侵权请联系删除。",
  "投资咨询热线",
  "400-000-0000",
  "  • 招商引资政策",
  "  • 工业用地招商",
  "Copyright © 园区资讯网 版权所有",
];
const PROVINCE_MENU = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽"];
