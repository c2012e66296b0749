/**
 * Text decoding
 * =============
 *
 * Bytes -> characters with the encoding detected, not assumed:
 * 1. a BOM decides (UTF-8, UTF-16 LE/BE);
 * 2. known binary signatures (PNG, ZIP, ...) and NUL bytes are refused,
 *    except the NUL pattern of BOM-less UTF-16 text;
 * 3. a declared charset (HTML meta) is used when the bytes decode cleanly;
 * 4. valid UTF-8 is UTF-8;
 * 5. otherwise GB18030 (superset of GBK/GB2312) and Big5 are tried, and the
 *    decoding is accepted only if it reads like Chinese: almost no
 *    replacement characters, and most Han characters among the ~3,700 common
 *    ones (GB2312 level 1 and their Traditional forms). UTF-8 cut mid-character
 *    or read as GBK scores far below that.
 * Problems become InputFileError with a one-line reason.
 */
import iconv from "iconv-lite";
import TSCharacters from "opencc-js/dict/TSCharacters";
import { InputFileError } from "../src/errors.ts";

export interface DecodedText {
  text: string;
  /** utf-8, utf-16le, utf-16be, gb18030, big5 (or a declared charset iconv-lite knows). */
  encoding: string;
}

interface BinarySignature {
  name: string;
  bytes: number[];
  offset?: number;
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Signatures of files that are certainly not text. */
export const BINARY_SIGNATURES: BinarySignature[] = [
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: ascii("GIF8") },
  { name: "WebP image", bytes: ascii("WEBP"), offset: 8 },
  { name: "TIFF image", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "TIFF image", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "ZIP archive (.docx/.xlsx/.wps are not supported: save as text or PDF)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "gzip archive", bytes: [0x1f, 0x8b] },
  { name: "7z archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "RAR archive", bytes: ascii("Rar!") },
  { name: "xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: "Word/Excel 97-2003 document (not supported: save as text or PDF)", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "RTF document (not supported: save as text or PDF)", bytes: ascii("{\\rtf") },
  { name: "ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "SQLite database", bytes: ascii("SQLite format 3") },
  { name: "MP4/MOV video", bytes: ascii("ftyp"), offset: 4 },
  { name: "Ogg media", bytes: ascii("OggS") },
  { name: "MP3 audio", bytes: ascii("ID3") },
];

export function binarySignature(bytes: Uint8Array): string | null {
  for (const signature of BINARY_SIGNATURES) {
    const offset = signature.offset ?? 0;
    if (bytes.length < offset + signature.bytes.length) continue;
    if (signature.bytes.every((b, i) => bytes[offset + i] === b)) return signature.name;
  }
  return null;
}

/** A PDF header at the start (after at most a BOM or a few whitespace bytes). */
export function isPdf(bytes: Uint8Array): boolean {
  return /^(?:\xEF\xBB\xBF)?\s{0,4}%PDF-/.test(Buffer.from(bytes.subarray(0, 16)).toString("latin1"));
}

/** Readers tolerate junk before the header; so does the PDF reader when the extension says PDF. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true });
const UTF16BE = new TextDecoder("utf-16be", { fatal: true });

export interface DecodeOptions {
  /** A charset the container declares (HTML meta); used if the bytes decode cleanly with it. */
  declared?: string | null;
}

export function decodeText(bytes: Uint8Array, source: string, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new InputFileError(source, "empty file");
  const decoded = decodeBytes(bytes, source, options);
  if (decoded.text.trim() === "") throw new InputFileError(source, "empty file (only whitespace)");
  return decoded;
}

function decodeBytes(bytes: Uint8Array, source: string, options: DecodeOptions): DecodedText {
  const bom = byBom(bytes, source);
  if (bom) return bom;
  const binary = binarySignature(bytes);
  if (binary) throw new InputFileError(source, `binary file (${binary})`);
  if (hasNul(bytes)) {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) return utf16;
    throw new InputFileError(source, "binary file (contains NUL bytes)");
  }
  const declared = options.declared ? decodeDeclared(bytes, options.declared) : null;
  if (declared) return declared;
  const utf8 = tryDecode(UTF8, bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const chinese = bestChineseDecoding(bytes);
  if (chinese) return chinese;
  const at = firstInvalidUtf8(bytes);
  const where =
    at < 0 ? "invalid sequence" : at >= bytes.length - 3 ? "cut off in the middle of a character at the end" : `invalid byte at offset ${at}`;
  throw new InputFileError(source, `not valid UTF-8, GB18030, Big5 or UTF-16 text (as UTF-8: ${where})`);
}

function byBom(bytes: Uint8Array, source: string): DecodedText | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    const text = tryDecode(UTF8, bytes);
    if (text === null) throw new InputFileError(source, `not valid UTF-8 text despite its UTF-8 BOM (invalid byte at offset ${firstInvalidUtf8(bytes)})`);
    return { text, encoding: "utf-8" };
  }
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    if (a === 0xff && c === 0x00 && bytes[3] === 0x00) throw new InputFileError(source, "UTF-32 text is not supported (save as UTF-8)");
    const encoding = a === 0xff ? "utf-16le" : "utf-16be";
    const text = tryDecode(a === 0xff ? UTF16LE : UTF16BE, bytes);
    if (text === null) throw new InputFileError(source, `not valid ${encoding.toUpperCase()} text despite its BOM (odd length or broken surrogates)`);
    return { text, encoding };
  }
  return null;
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 1 << 16).includes(0);
}

/** ASCII-heavy UTF-16 without BOM: NULs on one byte parity only. */
function bomlessUtf16(bytes: Uint8Array): DecodedText | null {
  const sample = bytes.subarray(0, 1 << 16);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  const half = sample.length / 2;
  const le = oddNul > 0.3 * half && evenNul < 0.05 * half;
  const be = evenNul > 0.3 * half && oddNul < 0.05 * half;
  if (!le && !be) return null;
  const text = tryDecode(le ? UTF16LE : UTF16BE, bytes);
  if (text === null || /[\u0000-\u0008\u000E-\u001F]/.test(text)) return null;
  return { text, encoding: le ? "utf-16le" : "utf-16be" };
}

const CHARSET_ALIASES: Record<string, string> = {
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  gb18030: "gb18030",
  cp936: "gb18030",
  "big5-hkscs": "big5",
  big5: "big5",
  utf8: "utf-8",
  "utf-8": "utf-8",
};

function decodeDeclared(bytes: Uint8Array, charset: string): DecodedText | null {
  const name = charset.trim().toLowerCase();
  const encoding = CHARSET_ALIASES[name] ?? name;
  if (encoding === "utf-8") {
    const text = tryDecode(UTF8, bytes);
    return text === null ? null : { text, encoding };
  }
  if (!iconv.encodingExists(encoding)) return null;
  const text = iconv.decode(Buffer.from(bytes), encoding);
  if (text.includes("\uFFFD")) return null;
  if ((encoding === "gb18030" || encoding === "big5") && chineseScore(text) < MIN_CHINESE_SCORE) return null;
  return { text, encoding };
}

const MIN_CHINESE_SCORE = 0.6;
/** A decoding this convincing is taken without trying the other encodings. */
const SURE_CHINESE_SCORE = 0.9;
const MAX_REPLACEMENT_SHARE = 0.002;

function bestChineseDecoding(bytes: Uint8Array): DecodedText | null {
  let best: DecodedText | null = null;
  let bestScore = MIN_CHINESE_SCORE;
  for (const encoding of ["gb18030", "big5"]) {
    const text = iconv.decode(Buffer.from(bytes), encoding);
    const score = chineseScore(text);
    if (score >= bestScore && (best === null || score > bestScore)) {
      best = { text, encoding };
      bestScore = score;
    }
    if (bestScore >= SURE_CHINESE_SCORE) break;
  }
  return best;
}

/**
 * Share of Han characters that are common ones, or 0 when the text has
 * replacement characters, control characters or no Han at all.
 */
export function chineseScore(text: string): number {
  const common = commonHan();
  let han = 0;
  let commonCount = 0;
  let replacement = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replacement++;
    else if (code < 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return 0;
    else if (code >= 0x3400 && code <= 0x9fff) {
      han++;
      if (common[code]) commonCount++;
    } else if (code >= 0xd800 && code <= 0xdbff) han++;
  }
  if (han === 0 || replacement > MAX_REPLACEMENT_SHARE * text.length) return 0;
  return commonCount / han;
}

let commonTable: Uint8Array | null = null;

/** GB2312 level 1 (the 3,755 most used characters) and the Traditional characters that simplify to them. */
function commonHan(): Uint8Array {
  if (commonTable) return commonTable;
  const table = new Uint8Array(0x10000);
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const char = iconv.decode(Buffer.from([lead, trail]), "gb18030");
      if (char.length === 1 && char !== "\uFFFD") table[char.charCodeAt(0)] = 1;
    }
  }
  for (const entry of TSCharacters.split("|")) {
    const [traditional, simplified] = entry.split(" ");
    if (traditional?.length === 1 && simplified?.length === 1 && table[simplified.charCodeAt(0)]) {
      table[traditional.charCodeAt(0)] = 1;
    }
  }
  commonTable = table;
  return table;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}
