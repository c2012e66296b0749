/**
 * Word segmentation
 * =================
 *
 * nodejieba with a user dictionary built from general resources only: the
 * names of administrative divisions, official roles, company and project
 * suffixes, trigger verbs and central state-owned enterprises. Tokens carry
 * offsets into the text they were cut from.
 */
import { fileURLToPath } from "node:url";
import nodejieba from "nodejieba";
import { getGazetteer } from "./gazetteer.ts";
import { PosTagTable } from "./pos-tags.ts";
import { ROLE_WORDS } from "./data/roles.ts";
import { userDictionaryWords } from "./data/lexicon.ts";

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let tags: PosTagTable | null = null;

/**
 * nodejieba.load() also builds its keyword extractors (TF-IDF, TextRank)
 * from a 6 MB idf table and a stop-word list; we only cut, never call
 * `extract` or `textRankExtract`. One-line stand-ins (cppjieba asserts that
 * they are not empty) save ~0.2 s of CPU and ~20 MB in every worker. The
 * segmenter's own dictionaries (main, HMM, user) stay nodejieba's defaults.
 */
const UNUSED_KEYWORD_TABLES = {
  idfDict: fileURLToPath(new URL("./data/jieba/keyword-idf-unused.utf8", import.meta.url)),
  stopWordDict: fileURLToPath(new URL("./data/jieba/stop-words-unused.utf8", import.meta.url)),
};

/** Loads nodejieba's dictionaries plus ours; `tags` mirrors every insertion (see pos-tags.ts). */
function ensureDictionary(): PosTagTable {
  if (tags) return tags;
  nodejieba.load(UNUSED_KEYWORD_TABLES);
  const table = PosTagTable.fromDefaultDictionaries();
  const insert = (word: string, tag: string) => {
    nodejieba.insertWord(word, tag);
    table.insert(word, tag);
  };
  for (const form of getGazetteer().forms()) if (form.length >= 2) insert(form, "ns");
  for (const role of ROLE_WORDS) insert(role, "n");
  for (const { word, tag } of userDictionaryWords()) insert(word, tag);
  tags = table;
  return table;
}

/**
 * Part-of-speech tagged tokens of a Simplified text, with offsets. Same
 * tokens and tags as `nodejieba.tag`, which is `cut` with HMM plus a
 * dictionary lookup; doing the lookup here is 2-3x faster (pos-tags.ts).
 */
export function segment(text: string): Token[] {
  const table = ensureDictionary();
  const tokens: Token[] = [];
  let offset = 0;
  for (const word of nodejieba.cut(text, true)) {
    const start = text.indexOf(word, offset);
    if (start < 0) continue;
    tokens.push({ word, tag: table.tagOf(word), start, end: start + word.length });
    offset = start + word.length;
  }
  return tokens;
}

/** Frequency of a word in nodejieba's main dictionary (jieba.dict.utf8); 0 when it is not there. */
export function dictionaryFrequency(word: string): number {
  return ensureDictionary().frequencyOf(word);
}

/** Plain cut, for benchmarks that compare against raw nodejieba. */
export function cut(text: string): string[] {
  ensureDictionary();
  return nodejieba.cut(text);
}
