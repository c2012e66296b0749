/**
 * Types for opencc-js dictionary modules
 * ======================================
 *
 * opencc-js ships its dictionaries as ES modules ("a b|c d" strings) without
 * type declarations; script.ts builds a length-preserving converter from them.
 */
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
