/**
 * Word segmentation
 * =================
 *
 * nodejieba with a user dictionary built from general resources only: the
 * names of administrative divisions, official roles, company and project
 * suffixes, trigger verbs and central state-owned enterprises. Tokens carry
 * offsets into the text they were cut from.
 */
import nodejieba from "nodejieba";
import { getGazetteer } from "./gazetteer.ts";
import { ROLE_WORDS } from "./data/roles.ts";
import { userDictionaryWords } from "./data/lexicon.ts";

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let loaded = false;

function ensureDictionary(): void {
  if (loaded) return;
  nodejieba.load();
  for (const form of getGazetteer().forms()) if (form.length >= 2) nodejieba.insertWord(form, "ns");
  for (const role of ROLE_WORDS) nodejieba.insertWord(role, "n");
  for (const { word, tag } of userDictionaryWords()) nodejieba.insertWord(word, tag);
  loaded = true;
}

/** Part-of-speech tagged tokens of a Simplified text, with offsets. */
export function segment(text: string): Token[] {
  ensureDictionary();
  const tokens: Token[] = [];
  let offset = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    const start = text.indexOf(word, offset);
    if (start < 0) continue;
    tokens.push({ word, tag, start, end: start + word.length });
    offset = start + word.length;
  }
  return tokens;
}

/** Plain cut, for benchmarks that compare against raw nodejieba. */
export function cut(text: string): string[] {
  ensureDictionary();
  return nodejieba.cut(text);
}
