/**
 * Extraction worker bundle
 * ========================
 *
 * Worker threads do not inherit the main thread's tsx loader: through tsx,
 * each worker starts a loader thread of its own and has every TypeScript
 * module it imports fetched from tsx's cache by it (~0.3-0.4 s of CPU and
 * ~25 MB per worker). Instead, the pool bundles the worker's modules (and
 * the formatter module it names) with esbuild into plain ESM that the
 * workers import natively.
 *
 * No build step to remember: the bundle is made on demand and kept in
 * node_modules/.cache/county-kg, next to the packages it imports, with the
 * modification times and sizes of its inputs; a run whose inputs are
 * unchanged reuses it (a few stat calls), any change rebuilds it (~0.2 s).
 * When it cannot be made (no esbuild, read-only install), or with
 * KG_WORKER_BUNDLE=0 (debugging: stack traces name the sources), the workers
 * load the sources through tsx as before.
 */
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

/** Module URLs for the workers: the worker entry and the modules it may import by URL. */
export interface WorkerModules {
  entry: string;
  /** Bundled replacement of each module URL asked for (formatter modules). */
  modules: Map<string, string>;
  /** The entry is TypeScript: the worker must register tsx. */
  needsTsx: boolean;
}

interface Manifest {
  key: string;
  outputs: Record<string, string>;
  inputs: Array<[file: string, mtimeMs: number, size: number]>;
}

const WORKER_ENTRY = new URL("./parallel-worker.ts", import.meta.url).href;

/** The bundled worker (built or reused), or the TypeScript sources when bundling fails. */
export async function workerModules(extraModules: readonly string[]): Promise<WorkerModules> {
  const wanted = [WORKER_ENTRY, ...extraModules.filter((url) => url.startsWith("file:") && /\.[cm]?ts$/.test(url))];
  if (process.env.KG_WORKER_BUNDLE === "0") return { entry: WORKER_ENTRY, modules: new Map(), needsTsx: true };
  try {
    const outputs = await bundle(wanted);
    const modules = new Map(wanted.slice(1).map((url) => [url, outputs[url]!]));
    return { entry: outputs[WORKER_ENTRY]!, modules, needsTsx: false };
  } catch {
    return { entry: WORKER_ENTRY, modules: new Map(), needsTsx: true };
  }
}

async function bundle(urls: readonly string[]): Promise<Record<string, string>> {
  const esbuild = await import("esbuild");
  const cacheDir = path.join(path.dirname(path.dirname(require.resolve("esbuild/package.json"))), ".cache", "county-kg");
  const key = createHash("sha1").update(JSON.stringify([esbuild.version, process.version, urls])).digest("hex").slice(0, 16);
  const manifestFile = path.join(cacheDir, `worker-${key}.json`);
  const cached = await readManifest(manifestFile, key);
  if (cached && (await unchanged(cached))) return cached.outputs;

  const files = urls.map((url) => fileURLToPath(url));
  const result = await esbuild.build({
    entryPoints: files.map((file, i) => ({ in: file, out: `worker-${key}-${i}` })),
    outdir: cacheDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: `node${process.versions.node}`,
    packages: "external",
    metafile: true,
    write: false,
    logLevel: "silent",
    plugins: [keepModuleUrls],
  });
  await fs.mkdir(cacheDir, { recursive: true });
  const outputs: Record<string, string> = {};
  for (const [i, url] of urls.entries()) {
    const file = path.join(cacheDir, `worker-${key}-${i}.mjs`);
    const output = result.outputFiles.find((out) => out.path === file);
    if (!output) throw new Error(`esbuild wrote no ${file}`);
    await writeAtomically(file, output.contents);
    outputs[url] = pathToFileURL(file).href;
  }
  const inputs = await Promise.all(
    Object.keys(result.metafile.inputs).map(async (input): Promise<Manifest["inputs"][number]> => {
      const file = path.resolve(input);
      const stat = await fs.stat(file);
      return [file, stat.mtimeMs, stat.size];
    }),
  );
  await writeAtomically(manifestFile, JSON.stringify({ key, outputs, inputs } satisfies Manifest));
  return outputs;
}

/**
 * Modules find their data files and packages from their own URL
 * (`new URL("./data/…", import.meta.url)`, createRequire): each bundled
 * module keeps its source file's URL.
 */
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(build: { onLoad: (options: { filter: RegExp }, load: (args: { path: string }) => Promise<{ contents: string; loader: "ts" }>) => void }) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      const source = await fs.readFile(args.path, "utf8");
      return { contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "ts" };
    });
  },
};

async function readManifest(file: string, key: string): Promise<Manifest | null> {
  try {
    const manifest = JSON.parse(await fs.readFile(file, "utf8")) as Manifest;
    return manifest.key === key ? manifest : null;
  } catch {
    return null;
  }
}

async function unchanged(manifest: Manifest): Promise<boolean> {
  const outputs = Object.values(manifest.outputs).map((url) => [fileURLToPath(url), -1, -1] as const);
  const checks = await Promise.all(
    [...manifest.inputs, ...outputs].map(async ([file, mtimeMs, size]) => {
      const stat = await fs.stat(file).catch(() => null);
      return stat !== null && (size < 0 || (stat.mtimeMs === mtimeMs && stat.size === size));
    }),
  );
  return checks.every(Boolean);
}

/** Other runs may read the cache meanwhile: never let them see half a file. */
async function writeAtomically(file: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temporary, contents);
  await fs.rename(temporary, file);
}
