/**
 * GraphML export
 * ==============
 *
 * graphology-graphml only reads GraphML, so this writes it: one <key> per
 * attribute with its type inferred from the values (int, double, boolean,
 * string), node position and size as x/y/size and colour as r/g/b, the
 * conventions of Gephi and yEd-free readers alike.
 */
import { columnsOf, flattenEdge, flattenNode, type FlatRecord, type FlatValue } from "./flatten.ts";
import type { ExportFormat, ExplorerGraph } from "./types.ts";
import { escapeXml } from "./xml.ts";

type GraphmlType = "boolean" | "int" | "double" | "string";
interface KeyDef {
  id: string;
  name: string;
  type: GraphmlType;
}

export const GRAPHML_FORMAT: ExportFormat = {
  name: "graphml",
  label: "GraphML",
  extension: "graphml",
  mime: "application/graphml+xml",
  write(graph, { baseName }) {
    return [{ name: `${baseName}.graphml`, mime: this.mime, content: writeGraphml(graph) }];
  },
};

export function writeGraphml(graph: ExplorerGraph): string {
  const nodes = graph.mapNodes((key, attributes) => ({ key, data: { ...flattenNode(attributes), ...visualOf(attributes) } }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({ key, source, target, data: flattenEdge(attributes) }));
  const nodeKeys = keyDefs("n", nodes.map((node) => node.data));
  const edgeKeys = keyDefs("e", edges.map((edge) => edge.data));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((key) => keyLine("node", key)),
    ...edgeKeys.map((key) => keyLine("edge", key)),
    `  <graph id="G" edgedefault="directed">`,
  ];
  for (const node of nodes) {
    lines.push(`    <node id="${escapeXml(node.key)}">`, ...dataLines(nodeKeys, node.data), "    </node>");
  }
  for (const edge of edges) {
    lines.push(
      `    <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
      ...dataLines(edgeKeys, edge.data),
      "    </edge>",
    );
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

function visualOf(attributes: { x?: number; y?: number; size?: number; color?: string }): FlatRecord {
  const visual: FlatRecord = {};
  if (Number.isFinite(attributes.x)) visual.x = attributes.x!;
  if (Number.isFinite(attributes.y)) visual.y = attributes.y!;
  if (Number.isFinite(attributes.size)) visual.size = attributes.size!;
  const rgb = attributes.color ? hexToRgb(attributes.color) : null;
  if (rgb) Object.assign(visual, rgb);
  return visual;
}

function hexToRgb(color: string): { r: number; g: number; b: number } | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return null;
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}

function keyDefs(prefix: string, records: FlatRecord[]): KeyDef[] {
  return columnsOf(records).map((name, index) => ({
    id: `${prefix}${index}`,
    name,
    type: typeOfColumn(records.map((record) => record[name])),
  }));
}

/** The narrowest GraphML type that holds every value of a column. */
function typeOfColumn(values: Array<FlatValue | undefined>): GraphmlType {
  const present = values.filter((value): value is FlatValue => value !== undefined);
  if (present.length === 0) return "string";
  if (present.every((value) => typeof value === "boolean")) return "boolean";
  if (present.every((value) => typeof value === "number")) {
    return present.every((value) => Number.isInteger(value) && Math.abs(value as number) <= 0x7fffffff) ? "int" : "double";
  }
  return "string";
}

function keyLine(domain: "node" | "edge", key: KeyDef): string {
  return `  <key id="${key.id}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`;
}

function dataLines(keys: KeyDef[], data: FlatRecord): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = data[key.name];
    if (value === undefined || value === "") continue;
    lines.push(`      <data key="${key.id}">${escapeXml(String(value))}</data>`);
  }
  return lines;
}
