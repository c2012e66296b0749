/**
 * Export formats: each format written from a graph built of real corpus
 * snippets (tests/fixtures/explorer-graph.json: 三峡新能源 in 静乐县 and, in
 * Traditional, in 河曲县), then read back with graphology's own parsers.
 */
import fs from "node:fs";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.ts";
import { EXPORT_FORMAT_NAMES, exportGraph, safeBaseName } from "../../src/export/index.ts";
import { EVIDENCE_SEPARATOR } from "../../src/export/flatten.ts";
import type { ExplorerGraph } from "../../src/export/types.ts";
import type { EvidenceItem, WireGraph } from "../../src/server/api-types.ts";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/explorer-graph.json");

function fixtureGraph(): ExplorerGraph {
  const wire = JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as ReturnType<ExplorerGraph["export"]>;
  const graph: ExplorerGraph = new MultiDirectedGraph();
  graph.import(wire);
  return graph;
}

function onlyFile(graph: ExplorerGraph, format: string) {
  const files = exportGraph(graph, format, "三峡新能源");
  expect(files).toHaveLength(1);
  return files[0]!;
}

/** Reads a CSV the way a spreadsheet does (RFC 4180 quotes, CRLF rows). */
function readCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") row.push(cell), (cell = "");
    else if (char === "\r") continue;
    else if (char === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else cell += char;
  }
  const [header, ...data] = rows;
  return data.map((cells) => Object.fromEntries(header!.map((name, index) => [name, cells[index] ?? ""])));
}

describe("export", () => {
  it("should offer gexf, graphml, json and csv", () => {
    expect(EXPORT_FORMAT_NAMES).toEqual(["gexf", "graphml", "json", "csv"]);
  });

  it("should reject an unknown format with a UsageError naming the formats", () => {
    expect(() => exportGraph(fixtureGraph(), "xlsx", "g")).toThrow(UsageError);
    expect(() => exportGraph(fixtureGraph(), "xlsx", "g")).toThrow(/gexf, graphml, json, csv/);
  });

  it.each([
    ["三峡新能源", "三峡新能源"],
    ["query: companies/counties", "query- companies-counties"],
    ["../etc/passwd", "etc-passwd"],
    ["", "graph"],
  ])("should make a safe file name of %j", (name, expected) => {
    expect(safeBaseName(name)).toBe(expected);
  });

  describe("gexf", () => {
    it("should read back with graphology-gexf: same nodes, edges, labels and types", () => {
      const graph = fixtureGraph();
      const file = onlyFile(graph, "gexf");
      expect(file.name).toBe("三峡新能源.gexf");
      const back = parseGexf(MultiDirectedGraph, file.content);
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      expect(back.getNodeAttribute("company:sanxia", "label")).toBe("三峡新能源");
      expect(back.getNodeAttribute("company:sanxia", "kind")).toBe("Company");
      expect(back.getNodeAttribute("company:sanxia", "aliases")).toBe("三峽新能源");
      expect(back.getNodeAttribute("company:sanxia", "counties")).toBe("静乐县; 河曲县");
      expect(back.hasEdge("project:hequ-pv", "company:sanxia")).toBe(true);
    });

    it("should carry the evidence sentences and their reports on the edges", () => {
      const file = onlyFile(fixtureGraph(), "gexf");
      const back = parseGexf(MultiDirectedGraph, file.content);
      const edge = "INVOLVES|project:hequ-pv|company:sanxia";
      const attributes = back.getEdgeAttributes(edge);
      expect(attributes.relType).toBe("INVOLVES");
      expect(attributes.evidenceCount).toBe(2);
      expect(String(attributes.evidence).split(EVIDENCE_SEPARATOR)).toEqual([
        expect.stringContaining("三峽新能源河曲10萬千瓦(光伏+儲能)發電項目"),
        "積極引進協鑫能源、三峽集團等新能源項目。",
      ]);
      expect(attributes.reportTitles).toBe("河曲縣2021年工作回顧和2022年工作安排");
      expect(attributes.weight).toBe(2);
    });

    it("should keep the explorer's layout and colours for Gephi", () => {
      const back = parseGexf(MultiDirectedGraph, onlyFile(fixtureGraph(), "gexf").content);
      const hequ = back.getNodeAttributes("county:hequ");
      expect([hequ.x, hequ.y, hequ.size]).toEqual([10, 0, 13]);
      expect(hequ.color).toBe("#1f77b4");
    });

    it("should write GEXF 1.3 with the relationship type as edge kind", () => {
      const content = onlyFile(fixtureGraph(), "gexf").content;
      expect(content).toContain('xmlns="http://gexf.net/1.3"');
      expect(content).toMatch(/<edge [^>]*kind="HAS_PROJECT"/);
    });
  });

  describe("graphml", () => {
    it("should read back with graphology-graphml: same nodes, edges and attributes", () => {
      const graph = fixtureGraph();
      const file = onlyFile(graph, "graphml");
      expect(file.name).toBe("三峡新能源.graphml");
      const back = parseGraphml(MultiDirectedGraph, file.content);
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      expect(back.getNodeAttributes("project:hequ-pv")).toMatchObject({
        label: "三峡新能源河曲10万千瓦(光伏+储能)发电项目",
        kind: "Project",
        aliases: "三峽新能源河曲10萬千瓦(光伏+儲能)發電項目",
        degree: 2,
        x: 8,
        y: 3,
        color: "#1f77b4",
      });
      const edge = "LOCATED_IN|company:jianlong|county:wenxi";
      expect(back.getEdgeAttributes(edge)).toMatchObject({
        relType: "LOCATED_IN",
        evidenceCount: 1,
        evidence: expect.stringContaining("冀东水泥、山西建龙先后实现超低排放"),
      });
    });

    it("should type numeric columns so Gephi can size by them", () => {
      const content = onlyFile(fixtureGraph(), "graphml").content;
      expect(content).toMatch(/attr.name="degree" attr.type="int"/);
      expect(content).toMatch(/attr.name="evidenceCount" attr.type="int"/);
      expect(content).toMatch(/attr.name="label" attr.type="string"/);
    });

    it.each([
      ["ampersand and angle brackets", "华能申力(河北)&<新能源>"],
      ["both quote kinds", `"煤改气"与'煤改电'`],
      ["a control character from a broken PDF line", "五寨县\u0007光伏"],
    ])("should escape %s and still parse", (_what, label) => {
      const graph = fixtureGraph();
      graph.setNodeAttribute("company:sanxia", "label", label);
      const back = parseGraphml(MultiDirectedGraph, onlyFile(graph, "graphml").content);
      expect(back.getNodeAttribute("company:sanxia", "label")).toBe(label.replace("\u0007", ""));
    });
  });

  describe("json", () => {
    it("should be graphology's serialisation with the structured evidence", () => {
      const graph = fixtureGraph();
      const file = onlyFile(graph, "json");
      const back = MultiDirectedGraph.from(JSON.parse(file.content) as WireGraph);
      expect(back.order).toBe(graph.order);
      const edge = "HAS_PROJECT|county:jingle|project:jingle-pv";
      const [evidence] = back.getEdgeAttribute(edge, "evidence") as EvidenceItem[];
      expect(evidence!.reportTitle).toBe("2021年静乐县政府工作报告");
      const [start, end] = evidence!.highlights[0]!;
      expect(evidence!.text.slice(start, end)).toBe("三峡新能源光伏项目");
    });
  });

  describe("csv", () => {
    it("should write a nodes file and an edges file", () => {
      const files = exportGraph(fixtureGraph(), "csv", "三峡新能源");
      expect(files.map((file) => file.name)).toEqual(["三峡新能源.nodes.csv", "三峡新能源.edges.csv"]);
    });

    it("should quote sentences that hold commas and quotes so the cells survive", () => {
      const [, edgesFile] = exportGraph(fixtureGraph(), "csv", "g");
      const edges = readCsv(edgesFile!.content);
      const located = edges.find((row) => row.Id === "LOCATED_IN|company:jianlong|county:wenxi")!;
      expect(located).toMatchObject({ Source: "company:jianlong", Target: "county:wenxi", relType: "LOCATED_IN" });
      expect(located.evidence).toBe(
        "坚决打赢蓝天、碧水、净土保卫战,取缔“散乱污”企业8家,淘汰落后生产设施9座,完成“煤改气”540户、“煤改电”13597户,冀东水泥、山西建龙先后实现超低排放。",
      );
    });

    it("should start with a byte order mark and Gephi's Id/Label columns", () => {
      const [nodesFile] = exportGraph(fixtureGraph(), "csv", "g");
      expect(nodesFile!.content.startsWith("\uFEFFId,Label,kind")).toBe(true);
      const nodes = readCsv(nodesFile!.content);
      expect(nodes).toHaveLength(8);
      expect(nodes.find((row) => row.Id === "company:jianlong")).toMatchObject({ Label: "山西建龙", aliases: "山西建龍; 建龙" });
    });

    it.each([
      ["=HYPERLINK(\"http://x\",\"建龙\")", "'=HYPERLINK(\"\"http://x\"\",\"\"建龙\"\")"],
      ["+86 0359-1234567", "'+86 0359-1234567"],
      ["-1+1", "'-1+1"],
      ["@SUM(A1)", "'@SUM(A1)"],
      ["＝1+1", "'＝1+1"],
      ["-12.5", "-12.5"],
      ["山西建龙", "山西建龙"],
    ])("should keep %s as text a spreadsheet will not run", (label, cell) => {
      const graph = fixtureGraph();
      graph.updateNodeAttribute("company:jianlong", "label", () => label);
      const [nodesFile] = exportGraph(graph, "csv", "g");
      const line = nodesFile!.content.split("\r\n").find((row) => row.startsWith("company:jianlong,"))!;
      expect(line.split(",").slice(1).join(",").startsWith(cell.includes('"') ? `"${cell}"` : cell)).toBe(true);
    });
  });
});
