/**
 * Script variants
 * ===============
 *
 * Entity names are stored in Simplified with Traditional aliases, and
 * evidence sentences keep the script of their report. A query or a name is
 * therefore tried in every script: as typed, converted to Simplified, and
 * converted to Traditional (OpenCC's standard and Taiwan forms), both ways.
 */
import * as OpenCC from "opencc-js";

type Convert = (text: string) => string;

let converters: Convert[] | null = null;

function allConverters(): Convert[] {
  converters ??= [
    OpenCC.Converter({ from: "t", to: "cn" }),
    OpenCC.Converter({ from: "tw", to: "cn" }),
    OpenCC.Converter({ from: "hk", to: "cn" }),
    OpenCC.Converter({ from: "cn", to: "t" }),
    OpenCC.Converter({ from: "cn", to: "tw" }),
  ];
  return converters;
}

/** The text as typed first, then its other-script forms; no duplicates. */
export function scriptVariants(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  return [...new Set([trimmed, ...allConverters().map((convert) => convert(trimmed))])];
}

/** The Simplified form of a text (how entity names are stored). */
export function toSimplified(text: string): string {
  return allConverters()[0]!(text);
}
