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
