/**
 * CommonJS interop
 * ================
 *
 * Some graphology packages are CommonJS with `export default` typings. The
 * type checker (NodeNext) and the bundler (Vite) disagree on where their
 * default export sits; this returns it wherever it is.
 */
export function cjsDefault<T>(module: unknown): T {
  const candidate = module as { default?: { default?: unknown } };
  return (candidate.default?.default ?? candidate.default ?? module) as T;
}
