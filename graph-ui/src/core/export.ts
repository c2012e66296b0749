/**
 * Export
 * ======
 *
 * Export formats as data: GEXF, GraphML, JSON and CSV are written by the
 * server's registry (src/export) from the graph sent to it, so the browser
 * and `kg export` produce the same files; PNG is drawn here from sigma's
 * canvases. "The current view" is what the filters let through, with the
 * positions and colours shown; a query result can be exported as well.
 */
import type { ExportFileBody } from "../../../src/server/api-types.ts";
import { api } from "./api.ts";
import { filtersStore, isNodeVisible } from "./filters.ts";
import { exportVisible, graph, graphStore } from "./graph-state.ts";
import { t } from "./i18n.ts";
import { reportError, showMessage, track } from "./status.ts";

export interface ExportFormatEntry {
  id: string;
  label: string;
  where: "server" | "browser";
}

export const EXPORT_FORMATS: ExportFormatEntry[] = [
  { id: "gexf", label: "GEXF (Gephi)", where: "server" },
  { id: "graphml", label: "GraphML", where: "server" },
  { id: "json", label: "JSON (graphology)", where: "server" },
  { id: "csv", label: "CSV", where: "server" },
  { id: "png", label: "PNG", where: "browser" },
];

export function viewName(): string {
  const title = graphStore.get().title || "county-kg";
  return title.replace(/[\\/:*?"<>|\s]+/g, "-").slice(0, 60) || "county-kg";
}

/** What PNG export needs of the renderer (sigma). */
export interface Snapshotable {
  getDimensions(): { width: number; height: number };
  refresh(): unknown;
  getCanvases(): Record<string, HTMLCanvasElement>;
}

export async function exportView(format: string, renderer: Snapshotable | null): Promise<void> {
  try {
    if (format === "png") {
      if (!renderer) return;
      const blob = await drawPng(renderer);
      download(`${viewName()}.png`, blob);
      showMessage("info", t("export.done", { files: `${viewName()}.png` }));
      return;
    }
    const filters = filtersStore.get();
    const wire = exportVisible((node) => isNodeVisible(graph.getNodeAttributes(node), filters));
    const response = await track(api.exportGraph(format, viewName(), { graph: wire }));
    saveFiles(response.files);
  } catch (error) {
    reportError(error);
  }
}

export async function exportQuery(format: string, source: { query: { name: string; params: Record<string, unknown> } } | { cypher: { query: string } }, name: string): Promise<void> {
  try {
    const response = await track(api.exportGraph(format, name, source));
    saveFiles(response.files);
  } catch (error) {
    reportError(error);
  }
}

function saveFiles(files: ExportFileBody[]): void {
  for (const file of files) download(file.name, new Blob([file.content], { type: `${file.mime};charset=utf-8` }));
  showMessage("info", t("export.done", { files: files.map((file) => file.name).join(", ") }));
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Sigma draws on stacked canvases (WebGL for nodes and edges, 2D for
 * labels). Rendering synchronously and copying them in the same task reads
 * the WebGL buffers before the browser clears them.
 */
export function drawPng(renderer: Snapshotable): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement("canvas");
  output.width = Math.round(width * ratio);
  output.height = Math.round(height * ratio);
  const context = output.getContext("2d")!;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, output.width, output.height);
  renderer.refresh();
  const layers = renderer.getCanvases();
  for (const [name, canvas] of Object.entries(layers)) {
    if (name === "mouse") continue;
    context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  return new Promise((resolve, reject) => output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"));
}
