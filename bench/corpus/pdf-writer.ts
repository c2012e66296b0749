/**
 * Minimal PDF writer
 * ==================
 *
 * Lines of Chinese text -> a real PDF whose text layer pdfjs can read, the
 * way many government PDFs are made: the non-embedded STSong-Light font with
 * the predefined UniGB-UCS2-H encoding (strings are UCS-2 code units).
 * One line per text-showing operator, a fixed line pitch, a new page every
 * `linesPerPage` lines. No glyphs are embedded, so files stay small.
 */

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN_LEFT = 72;
const TOP = 770;
const FONT_SIZE = 14;
const LINE_PITCH = 24;

export function writePdf(lines: readonly string[], linesPerPage = 28): Buffer {
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage) as string[]);
  if (pages.length === 0) pages.push([]);

  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add("");
  const pagesObject = add("");
  const descriptor = add(
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] " +
      "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  );
  const cidFont = add(
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light " +
      `/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`);
  const kids: number[] = [];
  for (const pageLines of pages) {
    const content = pageContent(pageLines);
    const stream = add(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObject} 0 R >>`;
  objects[pagesObject - 1] = `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  return serialize(objects, catalog);
}

function pageContent(lines: readonly string[]): string {
  const parts = [`BT /F1 ${FONT_SIZE} Tf ${LINE_PITCH} TL ${MARGIN_LEFT} ${TOP} Td`];
  for (const line of lines) parts.push(`<${ucs2Hex(line)}> Tj T*`);
  parts.push("ET");
  return parts.join("\n");
}

function ucs2Hex(text: string): string {
  let hex = "";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
  return hex.toUpperCase();
}

function serialize(objects: readonly string[], root: number): Buffer {
  let body = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
