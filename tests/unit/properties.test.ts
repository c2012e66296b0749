/**
 * Property-based tests (fast-check) of the text stages on random text and on
 * real corpus text that has been cut, shuffled and sprinkled with the
 * characters real files carry (BOMs, control characters, full-width forms,
 * converter pinyin, emoji, stray markup). Whatever the input:
 *   - normalisation never throws; match has the length of text; toRaw has
 *     text.length + 1 entries, never decreases, starts at or after 0 and
 *     ends at the raw text's end;
 *   - splitting never throws and every report is the slice of the
 *     normalised text at its offset, reports in order and not overlapping;
 *   - sentences are slices of the report at their offsets;
 *   - extraction never throws, every evidence quote is
 *     report.text.slice(start, end), every mention span lies inside its
 *     evidence, and every relation links entities the report has.
 * And the read stage: decoding any bytes (real text cut or corrupted, random
 * bytes) either gives text or an InputFileError, and any mutated HTML page
 * gives text without throwing.
 * Failures print fast-check's seed and the shrunk input, so a run can be
 * replayed with { seed, path }. KG_PROPERTY_SCALE=20 runs 20 times as many
 * cases (a longer hunt, outside the usual test run).
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../ingest/decode.ts";
import { extractReport } from "../../ingest/extract.ts";
import { htmlToText } from "../../ingest/html.ts";
import { normalize } from "../../ingest/normalize.ts";
import { splitSentences } from "../../ingest/sentences.ts";
import { splitReports } from "../../ingest/split.ts";
import type { NormalizedText, RawDocument, ReportDraft } from "../../ingest/types.ts";
import { InputFileError } from "../../src/errors.ts";
import type { ReportExtraction } from "../../src/types.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";

const CORPUS = fs
  .readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => fs.readFileSync(path.join(CORPUS_DIR, name), "utf8"));

/** Characters of the corpus itself, and the odd ones real files carry. */
const CORPUS_CHARS = [...new Set(CORPUS.join("").replace(/\s/g, ""))];
const ODD_CHARS = [
  "\uFEFF", "\u0000", "\u0007", "\u000B", "\u000C", "\r", "\r\n", "\u2028", "\u00A0", "\u3000", "\u200B", "\u00AD",
  "（", "）", "(fā)", "(zhǎn)", "①", "⑩", "ＡＢＣ", "１２３", "．", "—", "……", "•", "【", "】", "《", "》", "“", "”",
  "😀", "\uD83C", "\uDC00", "e\u0301", "ﬁ", "㎡", "℃", "<p>", "</div>", "&nbsp;", "# ", "- 1 -", "第3页", "\t",
];
const SEPARATORS = ["\n", "\n\n", " ", "。", "，", "、", "；", "：", "\n• 【某县招商】", "\n2021-04-13\n"];

const corpusChar = fc.constantFrom(...CORPUS_CHARS);
const oddPiece = fc.constantFrom(...ODD_CHARS, ...SEPARATORS);

/** Random text: mostly corpus characters, with separators and odd characters mixed in. */
const randomText = fc
  .array(fc.oneof({ weight: 8, arbitrary: corpusChar }, { weight: 2, arbitrary: oddPiece }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), {
    maxLength: 600,
  })
  .map((parts) => parts.join(""));

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([at, length]): Mutation => (text) => {
    const start = at % (text.length + 1);
    return text.slice(0, start) + text.slice(start + length);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 300 })).map(([at, length]): Mutation => (text) => {
    const start = at % (text.length + 1);
    return text.slice(0, start) + text.slice(start, start + length) + text.slice(start);
  }),
  fc.tuple(fc.nat(), oddPiece).map(([at, piece]): Mutation => (text) => {
    const start = at % (text.length + 1);
    return text.slice(0, start) + piece + text.slice(start);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (text) => {
    const [x, y] = [a % (text.length + 1), b % (text.length + 1)].sort((p, q) => p - q);
    return text.slice(y) + text.slice(x, y) + text.slice(0, x);
  }),
  fc.nat().map((at): Mutation => (text) => text.slice(0, at % (text.length + 1))),
);

/** A window of a real corpus file, mutated a few times. */
const mutatedCorpus = fc
  .tuple(fc.nat({ max: CORPUS.length - 1 }), fc.nat(), fc.integer({ min: 50, max: 3000 }), fc.array(mutation, { maxLength: 6 }))
  .map(([file, at, length, mutations]) => {
    const source = CORPUS[file]!;
    const start = at % Math.max(1, source.length - length);
    return mutations.reduce((text, mutate) => mutate(text), source.slice(start, start + length));
  });

const anyText = fc.oneof(randomText, mutatedCorpus);

const SCALE = Math.max(1, Number(process.env.KG_PROPERTY_SCALE ?? 1));
/** The extraction properties take seconds alone, and more while other test files share the two cores. */
const SLOW = 180_000 * SCALE;
const runs = (count: number) => ({ numRuns: Math.round(count * SCALE) });

const raw = (text: string): RawDocument => ({ source: "property.txt", format: "text", encoding: "utf-8", text });

function checkNormalized(input: string, doc: NormalizedText): void {
  expect(doc.match.length).toBe(doc.text.length);
  expect(doc.toRaw.length).toBe(doc.text.length + 1);
  expect(doc.toRaw[0]).toBeGreaterThanOrEqual(0);
  expect(doc.toRaw[doc.text.length]).toBe(input.length);
  for (let i = 1; i < doc.toRaw.length; i++) {
    if (doc.toRaw[i]! < doc.toRaw[i - 1]!) throw new Error(`toRaw decreases at ${i}: ${doc.toRaw[i - 1]} -> ${doc.toRaw[i]}`);
  }
}

function checkDrafts(doc: NormalizedText, drafts: ReportDraft[]): void {
  let end = 0;
  for (const draft of drafts) {
    expect(draft.offset).toBeGreaterThanOrEqual(end);
    expect(draft.text).toBe(doc.text.slice(draft.offset, draft.offset + draft.text.length));
    expect(draft.match).toBe(doc.match.slice(draft.offset, draft.offset + draft.text.length));
    end = draft.offset + draft.text.length;
  }
}

/** What the extraction properties looked at, so a generator that degenerates (no facts found) fails the test. */
const checked = { evidence: 0, mentions: 0 };

function checkExtraction(report: ReportExtraction): void {
  const ids = new Set([report.id, ...report.entities.map((entity) => entity.id)]);
  for (const relation of report.relations) {
    expect(ids.has(relation.source), `${relation.type} source ${relation.source}`).toBe(true);
    expect(ids.has(relation.target), `${relation.type} target ${relation.target}`).toBe(true);
    for (const evidence of relation.evidence) {
      expect(0 <= evidence.start && evidence.start <= evidence.end && evidence.end <= report.text.length, `${relation.type} evidence ${evidence.start}-${evidence.end}`).toBe(true);
      expect(evidence.text).toBe(report.text.slice(evidence.start, evidence.end));
      checked.evidence++;
      for (const mention of evidence.mentions ?? []) {
        checked.mentions++;
        expect(evidence.start <= mention.start && mention.start < mention.end && mention.end <= evidence.end, `${relation.type} mention ${mention.start}-${mention.end} in ${evidence.start}-${evidence.end}`).toBe(true);
      }
    }
  }
}

const HTML_PAGE = fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/read/news-page.html"), "utf8");
const htmlPieces = fc.constantFrom("<", ">", "</p>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&", "&#x;", "&#99999999;", "<br/>", "<h1>", '"', "'", "<p hidden>", "<pre>");

describe("properties", () => {
  it("should decode any bytes to text or refuse them with an InputFileError", () => {
    const encodings = ["utf8", "utf16le", "latin1"] as const;
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.tuple(mutatedCorpus, fc.constantFrom(...encodings), fc.nat(), fc.nat({ max: 255 })).map(([text, encoding, at, byte]) => {
        const buffer = Buffer.from(text, encoding);
        if (buffer.length > 0) buffer[at % buffer.length] = byte;
        return new Uint8Array(buffer);
      }),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        try {
          expect(typeof decodeText(input, "property.txt").text).toBe("string");
        } catch (error) {
          if (!(error instanceof InputFileError)) throw error;
          expect(error.source).toBe("property.txt");
        }
      }),
      runs(400),
    );
  });

  it("should turn any mangled HTML page into text without throwing", () => {
    const page = fc.tuple(fc.array(fc.tuple(fc.nat(), htmlPieces), { maxLength: 12 }), fc.nat()).map(([inserts, cut]) => {
      let html = HTML_PAGE.slice(0, HTML_PAGE.length - (cut % 400));
      for (const [at, piece] of inserts) html = html.slice(0, at % (html.length + 1)) + piece + html.slice(at % (html.length + 1));
      return html;
    });
    fc.assert(
      fc.property(page, (html) => {
        expect(typeof htmlToText(html)).toBe("string");
      }),
      runs(200),
    );
  });

  it("should normalise any text into a same-length match and a monotonic offset map that ends at the raw end", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkNormalized(text, normalize(raw(text)));
      }),
      runs(400),
    );
  });

  it("should split any normalised text into in-order slices of it", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = normalize(raw(text));
        checkDrafts(doc, splitReports("property.txt", doc));
      }),
      runs(400),
    );
  });

  it("should cut sentences that are slices of the report at their offsets", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const sentence of splitSentences(text)) {
          expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
          expect(sentence.match).toBe(text.slice(sentence.start, sentence.end));
        }
      }),
      runs(400),
    );
  });

  it("should extract from any report without throwing, with evidence quoting the report text at its offsets", () => {
    const before = { ...checked };
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = normalize(raw(text));
        for (const draft of splitReports("property.txt", doc)) checkExtraction(extractReport(draft));
      }),
      runs(300),
    );
    expect(checked.evidence - before.evidence).toBeGreaterThan(300);
    expect(checked.mentions - before.mentions).toBeGreaterThan(300);
  }, SLOW);

  it("should keep evidence offsets valid on whole corpus files with many mutations", () => {
    const wholeFile = fc
      .tuple(fc.nat({ max: CORPUS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 20 }))
      .map(([file, mutations]) => mutations.reduce((text, mutate) => mutate(text), CORPUS[file]!.slice(0, 40_000)));
    fc.assert(
      fc.property(wholeFile, (text) => {
        const doc = normalize(raw(text));
        checkNormalized(text, doc);
        const drafts = splitReports("property.txt", doc);
        checkDrafts(doc, drafts);
        for (const draft of drafts) checkExtraction(extractReport(draft));
      }),
      runs(15),
    );
  }, SLOW);
});
