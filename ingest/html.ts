/**
 * HTML to text
 * ============
 *
 * The readable text of a web page, with htmlparser2:
 * - dropped: script, style, template, noscript, forms and controls, iframes,
 *   svg/canvas, figure captions, nav and aside, page-level header and footer
 *   (an article's own header holds its title and stays), and hidden elements
 *   (hidden, aria-hidden, display:none, visibility:hidden, hidden classes,
 *   navigation/banner/contentinfo roles, nav/menu/breadcrumb/footer classes);
 * - blocks become line breaks (p, h1-h6, blockquote, pre, table, lists: a
 *   blank line; div, li, tr, br, dt, dd ...: a line break), headings get a
 *   Markdown `#` prefix (unless their text starts with its own marker, as
 *   listing pages' `• 【column】title` headings do) and list items a `• `
 *   bullet, as text renderers do;
 * - whitespace collapses as a browser does, and a line break inside running
 *   text between two CJK characters disappears (CSS segment-break rule);
 *   whitespace alone between two tags stays a space;
 * - entities are decoded.
 * The page <title> opens the text when the body has no h1.
 */
import { Parser } from "htmlparser2";

const SKIPPED = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "form",
  "input",
  "select",
  "option",
  "textarea",
  "button",
  "iframe",
  "object",
  "embed",
  "svg",
  "canvas",
  "audio",
  "video",
  "map",
  "figcaption",
  "nav",
  "aside",
  "head",
]);
const PAGE_CHROME = new Set(["header", "footer"]);
const CONTENT_ROOTS = new Set(["article", "main"]);
const PARAGRAPH_BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "hr"]);
const LINE_BLOCKS = new Set([
  "div",
  "li",
  "tr",
  "br",
  "dt",
  "dd",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "address",
  "caption",
  "center",
  "fieldset",
  "details",
  "summary",
  "body",
]);
const CELLS = new Set(["td", "th"]);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const HIDDEN_ROLES = new Set(["navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar"]);
const CHROME_CLASSES = new Set([
  "hidden",
  "hide",
  "d-none",
  "sr-only",
  "visually-hidden",
  "screen-reader-text",
  "nav",
  "navbar",
  "menu",
  "breadcrumb",
  "breadcrumbs",
  "footer",
  "sidebar",
  "pagination",
  "pager",
  "share",
  "social",
  "copyright",
  "toolbar",
]);
/** Heading text that starts with its own marker (a bullet, a 【column】 tag) gets no `#`. */
const SELF_MARKED = /^[•·●▪◆■◇○◎★☆▶►【]/;
/** Marks a collapsible whitespace run that held a line break (resolved at the end). */
const SEGMENT_BREAK = "\u0001";

function isHidden(attribs: Record<string, string>): boolean {
  if ("hidden" in attribs || attribs["aria-hidden"] === "true") return true;
  if (attribs.style && HIDDEN_STYLE.test(attribs.style)) return true;
  if (attribs.role && HIDDEN_ROLES.has(attribs.role.toLowerCase())) return true;
  const tokens = `${attribs.class ?? ""} ${attribs.id ?? ""}`.toLowerCase().split(/\s+/);
  return tokens.some((token) => CHROME_CLASSES.has(token));
}

class TextCollector {
  private readonly parts: string[] = [];
  private trailingNewlines = 2;
  private skipDepth = 0;
  private preDepth = 0;
  private contentRoots = 0;
  private inTitle = false;
  /** A heading's `#` prefix, written before its first text unless that text carries its own marker. */
  private pendingHeading = "";
  title = "";
  sawH1 = false;

  open(name: string, attribs: Record<string, string>): void {
    if (name === "title") this.inTitle = true;
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (SKIPPED.has(name) || (PAGE_CHROME.has(name) && this.contentRoots === 0) || isHidden(attribs)) {
      this.skipDepth = 1;
      return;
    }
    if (CONTENT_ROOTS.has(name)) this.contentRoots++;
    if (name === "pre") this.preDepth++;
    this.breakBefore(name);
    const level = /^h([1-6])$/.exec(name)?.[1];
    if (level) {
      this.pendingHeading = `${"#".repeat(Number(level))} `;
      if (level === "1") this.sawH1 = true;
    }
    if (name === "li") this.append("• ");
    if (CELLS.has(name)) this.append(" ");
  }

  close(name: string): void {
    if (name === "title") this.inTitle = false;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (CONTENT_ROOTS.has(name)) this.contentRoots--;
    if (name === "pre") this.preDepth--;
    if (/^h[1-6]$/.test(name)) this.pendingHeading = "";
    this.breakBefore(name);
  }

  text(data: string): void {
    if (this.inTitle) {
      this.title += data;
      return;
    }
    if (this.skipDepth > 0) return;
    if (this.preDepth > 0) {
      this.append(data);
      return;
    }
    if (this.pendingHeading !== "" && data.trim() !== "") {
      if (!SELF_MARKED.test(data.trimStart())) this.append(this.pendingHeading);
      this.pendingHeading = "";
    }
    // Only a break inside running text is a wrapped line; whitespace alone between two tags
    // (`<span>来源：…</span>\n  <span>记者 …</span>`) is source layout and shows as a space.
    const betweenTags = /^[ \t\n\r\f]+$/.test(data);
    const collapsed = data.replace(/[ \t\n\r\f]+/g, (run) => (run.includes("\n") && !betweenTags ? SEGMENT_BREAK : " "));
    const onlySpace = /^[ \u0001]*$/.test(collapsed);
    // Indentation between blocks: nothing to show, and it must not break the newline bookkeeping.
    if (collapsed !== "" && !(onlySpace && this.trailingNewlines > 0)) this.append(collapsed);
  }

  private breakBefore(name: string): void {
    if (PARAGRAPH_BLOCKS.has(name)) this.newlines(2);
    else if (LINE_BLOCKS.has(name)) this.newlines(1);
  }

  private newlines(count: number): void {
    while (this.trailingNewlines < count) {
      this.parts.push("\n");
      this.trailingNewlines++;
    }
  }

  private append(text: string): void {
    this.parts.push(text);
    const trailing = /\n*$/.exec(text)![0].length;
    this.trailingNewlines = trailing === text.length ? this.trailingNewlines + trailing : trailing;
  }

  result(): string {
    return this.parts.join("");
  }
}

const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014";
const CJK_SEGMENT_BREAK = new RegExp(`(?<=[${CJK}])[ ${SEGMENT_BREAK}]*${SEGMENT_BREAK}[ ${SEGMENT_BREAK}]*(?=[${CJK}])`, "gu");

export function htmlToText(html: string): string {
  const collector = new TextCollector();
  const parser = new Parser(
    {
      onopentag: (name, attribs) => collector.open(name, attribs),
      onclosetag: (name) => collector.close(name),
      ontext: (data) => collector.text(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  let text = collector
    .result()
    .replace(CJK_SEGMENT_BREAK, "")
    .replaceAll(SEGMENT_BREAK, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/^ +| +$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const title = collector.title.replace(/\s+/g, " ").trim();
  if (!collector.sawH1 && title !== "") text = `${title}\n\n${text}`;
  return text;
}

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/** The charset a page declares in its first 4 KB (meta charset or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  return META_CHARSET.exec(head)?.[1] ?? null;
}
