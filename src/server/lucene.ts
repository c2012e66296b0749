/**
 * Lucene queries
 * ==============
 *
 * The full-text index is queried in Lucene syntax; user text goes in as
 * quoted phrases with Lucene's special characters escaped, so "(光伏+储能)"
 * or a stray quote is searched for, not interpreted.
 */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`);
}

/** Any of the variants, each as a phrase: `"闻喜县" OR "聞喜縣"`. */
export function phraseQuery(variants: readonly string[]): string {
  return variants
    .map((variant) => variant.trim())
    .filter(Boolean)
    .map((variant) => `"${escapeLucene(variant)}"`)
    .join(" OR ");
}

/** Runs of ideographs, which the full-text index's cjk analyzer holds as character bigrams. */
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]{2,}/gu;

/**
 * The longest run of two or more ideographs in the text, or null. Every name
 * that contains the text contains this run, and the index finds every name
 * containing the run (its bigrams, in a row), so the index's hits for it hold
 * all the names that contain the text: `122万千瓦光伏` is looked up as `万千瓦光伏`.
 */
export function indexAnchor(text: string): string | null {
  let longest: string | null = null;
  for (const [run] of text.matchAll(HAN_RUN)) if (!longest || run.length > longest.length) longest = run;
  return longest;
}

export interface SearchLookup {
  /** The variants as phrases: the scored full-text hits. */
  lucene: string;
  /** Phrases whose hits hold every name containing a variant (their anchors). */
  candidates: string;
  /** No anchor for some variant (one ideograph, only letters or digits): substring matches need a scan. */
  scan: boolean;
}

export function searchLookup(variants: readonly string[]): SearchLookup {
  const lucene = phraseQuery(variants);
  const anchors = variants.map(indexAnchor);
  if (anchors.some((anchor) => anchor === null)) return { lucene, candidates: lucene, scan: true };
  return { lucene, candidates: phraseQuery(anchors as string[]), scan: false };
}
