/**
 * Read stage
 * ==========
 *
 * `listInputFiles(paths)`: the files to read, in a stable order. Folders are
 * walked recursively (sorted by name, hidden entries skipped) and keep only
 * report extensions; a file named explicitly is kept whatever its extension
 * (read as text unless its content says PDF or HTML), and so is a path that
 * does not exist, so that reading it reports the problem next to the others.
 *
 * `readDocument(path)`: one file -> RawDocument, through the reader that the
 * extension (or, for other extensions, the content) selects. Anything that
 * is not a readable report fails with InputFileError(path, one-line reason).
 */
import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { InputFileError } from "../src/errors.ts";
import { binarySignature, decodeText, hasPdfHeader, isPdf } from "./decode.ts";
import { declaredCharset, htmlToText } from "./html.ts";
import { pdfToText } from "./pdf.ts";
import type { RawDocument, SourceFormat } from "./types.ts";

/** Bigger inputs are refused rather than read into memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

type Reader = (bytes: Uint8Array, source: string) => Promise<RawDocument>;

const READERS: Record<SourceFormat, Reader> = {
  text: async (bytes, source) => {
    const { text, encoding } = decodeText(bytes, source);
    return { source, format: "text", encoding, text };
  },
  html: async (bytes, source) => {
    const { text: html, encoding } = decodeText(bytes, source, { declared: declaredCharset(bytes) });
    const text = htmlToText(html);
    if (text.trim() === "") throw new InputFileError(source, "HTML page has no visible text");
    return { source, format: "html", encoding, text };
  },
  pdf: async (bytes, source) => {
    if (!hasPdfHeader(bytes)) {
      const binary = binarySignature(bytes);
      throw new InputFileError(source, binary ? `binary file (${binary}), not a PDF` : "not a PDF file (no %PDF header)");
    }
    return { source, format: "pdf", encoding: "pdf", text: await pdfToText(bytes, source) };
  },
};

/** Extensions a folder walk keeps, and the reader each one uses. */
export const REPORT_EXTENSIONS: Record<string, SourceFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".markdown": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".shtml": "html",
  ".pdf": "pdf",
};

/** `prefetched`: the file's content, already read (by a caller that reads ahead of extraction). */
export async function readDocument(file: string, prefetched?: Uint8Array): Promise<RawDocument> {
  const bytes = prefetched ?? (await readBytes(file));
  if (bytes.length === 0) throw new InputFileError(file, "empty file");
  return READERS[formatOf(file, bytes)](bytes, file);
}

/** By extension, except that PDF content is always read as PDF; for other extensions by content, text by default. */
export function formatOf(file: string, bytes: Uint8Array): SourceFormat {
  if (isPdf(bytes)) return "pdf";
  const byExtension = REPORT_EXTENSIONS[path.extname(file).toLowerCase()];
  if (byExtension) return byExtension;
  return looksLikeHtml(bytes) ? "html" : "text";
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<?xml") && head.includes("<html"));
}

/** The file's content in a buffer of its own; an InputFileError when it cannot be read or is too large. */
export async function readBytes(file: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputFileError(file, "is a directory, not a file");
    size = info.size;
  } catch (error) {
    throw toInputError(file, error);
  }
  if (size > MAX_FILE_BYTES) {
    throw new InputFileError(file, `file too large (${megabytes(size)} MB; the limit is ${megabytes(MAX_FILE_BYTES)} MB)`);
  }
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw toInputError(file, error);
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(0);
}

const FS_REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "path too long",
};

function toInputError(file: string, error: unknown): InputFileError {
  if (error instanceof InputFileError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  return new InputFileError(file, FS_REASONS[code] ?? `cannot read file (${(error as Error)?.message ?? String(error)})`);
}

export async function listInputFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (info?.isDirectory()) for (const file of await walk(given)) add(file);
    else add(given);
  }
  return files;
}

/** A folder's own documentation (README.md, LICENSE) describes the reports; it is not one. */
const PROJECT_DOCUMENT = /^(README|LICENSE|LICENCE|CHANGELOG|CONTRIBUTING|NOTICE)(\.[a-z]+)?$/i;

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || PROJECT_DOCUMENT.test(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (REPORT_EXTENSIONS[path.extname(entry.name).toLowerCase()] && (await isFile(entry, full))) files.push(full);
  }
  return files;
}

/** Symbolic links count when they point at a file (linked folders are not followed: no cycles). */
async function isFile(entry: Dirent, full: string): Promise<boolean> {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  return (await stat(full).catch(() => null))?.isFile() ?? false;
}
