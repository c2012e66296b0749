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

const IDEOGRAPH = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2fa1f}";
/** Runs of ideographs, which the full-text index's cjk analyzer holds as character bigrams (a lone one as itself). */
const IDEOGRAPH_RUN = new RegExp(`[${IDEOGRAPH}]+`, "gu");
/** Runs of letters and digits (also full-width), which the analyzer holds inside its lowercased word tokens. */
const ALNUM_RUN = /[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;

/**
 * The English stop words of the `cjk` analyzer (as
 * `db.index.fulltext.listAvailableAnalyzers()` lists them): their tokens are
 * not in the index, so a run found only inside one of them ("he" in "the")
 * cannot be looked up.
 */
export const CJK_STOP_WORDS: readonly string[] = [
  "a", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on",
  "or", "s", "such", "t", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with", "www",
];

/**
 * A full-text query whose hits hold every name that contains the text, or
 * null when the index cannot promise that. Every such name contains the
 * text's longest run of ideographs, so the run as a phrase finds it
 * (`122万千瓦光伏` is looked up as `"万千瓦光伏"`); a single ideograph is the
 * start or the end of one of the name's bigrams, or a token of its own
 * (`县* OR *县 OR 县`); letters and digits lie inside one of the name's word
 * tokens (`*g337*`).
 */
export function indexAnchor(text: string): string | null {
  const ideographs = longest(text.match(IDEOGRAPH_RUN));
  if (ideographs && ideographs.length >= 2) return `"${ideographs}"`;
  if (ideographs) return `${ideographs}* OR *${ideographs} OR ${ideographs}`;
  const alnum = longest(text.match(ALNUM_RUN))?.normalize("NFKC").toLowerCase();
  if (!alnum || CJK_STOP_WORDS.some((word) => word.includes(alnum))) return null;
  return `*${alnum}*`;
}

function longest(runs: readonly string[] | null): string | null {
  return runs?.reduce((best, run) => (run.length > best.length ? run : best)) ?? null;
}

export interface SearchLookup {
  /** The variants as phrases: the scored full-text hits. */
  lucene: string;
  /** A query whose hits hold every name containing a variant (their anchors, see indexAnchor). */
  candidates: string;
  /** No anchor for some variant (say punctuation only): substring matches need a scan. */
  scan: boolean;
}

export function searchLookup(variants: readonly string[]): SearchLookup {
  const lucene = phraseQuery(variants);
  const anchors = variants.map(indexAnchor);
  if (anchors.some((anchor) => anchor === null)) return { lucene, candidates: lucene, scan: true };
  return { lucene, candidates: anchors.map((anchor) => `(${anchor})`).join(" OR "), scan: false };
}
