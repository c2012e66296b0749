/**
 * Personal names
 * ==============
 *
 * Whether a few characters after or before a title are a person's name: a
 * known surname first, and not an ordinary word that happens to start with a
 * surname character (施工, 高度, 成效).
 */
import { looksLikePersonalName } from "./data/surnames.ts";
import { segment } from "./segment.ts";

export function isPersonalName(name: string): boolean {
  if (!looksLikePersonalName(name)) return false;
  const tokens = segment(name);
  return !(tokens.length === 1 && !/^(nr|x)/.test(tokens[0]!.tag));
}
