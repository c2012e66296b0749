/**
 * Vite build of the explorer UI: graph-ui/ -> graph-ui/dist, served by `kg serve`.
 * In development (`npx vite graph-ui`), /api is proxied to a running `kg serve`
 * (KG_API, default http://127.0.0.1:8765).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: "/",
  publicDir: false,
  build: {
    outDir: path.join(root, "dist"),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1_500,
    target: "es2022",
  },
  server: {
    proxy: { "/api": process.env.KG_API ?? "http://127.0.0.1:8765" },
  },
});
