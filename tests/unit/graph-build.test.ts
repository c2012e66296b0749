/**
 * Graph building: query rows (plain values as src/neo4j/read.ts returns
 * them) -> the explorer's graph. Names and sentences are copied from the
 * sample corpus (静乐县 and, in Traditional, 河曲县).
 */
import { describe, expect, it } from "vitest";
import type { PlainNode, PlainRelationship, PlainValue } from "../../src/neo4j/read.ts";
import { buildAppearanceGraph, type AppearanceRow } from "../../src/server/appearances.ts";
import { idsInRows } from "../../src/server/explorer-service.ts";
import { buildGraph, collectElements, collectFromRows, reportIdsOf } from "../../src/server/graph-build.ts";
import { findHighlights, nameForms } from "../../src/server/highlights.ts";
import { escapeLucene, phraseQuery } from "../../src/server/lucene.ts";
import { scriptVariants } from "../../src/server/script-variants.ts";
import { fullEdgeAttributes, wireEdgeKey } from "../../src/server/wire-edges.ts";
import { wireToGraph } from "../../src/server/wire-graph.ts";
import type { WireEdge } from "../../src/server/api-types.ts";

const JINGLE_SENTENCE = "完善战略性新兴产业电价机制,实施三峡新能源光伏项目和龙源娑婆风电场扩容项目,力争天然气阀室和门站项目开工建设并投产运营。";
const HEQU_SENTENCE =
  "大力發展新能源和清潔能源,推進大型風光基地建設和多場景融合開發,開展國京風電二期項目、三峽新能源河曲10萬千瓦(光伏+儲能)發電項目、華能申力(河北)新能源公司20萬千瓦屋頂光伏和農光互補項目、協鑫能科公司綜合能源項目前期工作。";
const HEQU_SHORT = "積極引進協鑫能源、三峽集團等新能源項目。";

function node(elementId: string, labels: string[], properties: Record<string, PlainValue>): PlainNode {
  return { kind: "node", elementId, labels, properties };
}

function rel(elementId: string, type: string, start: PlainNode, end: PlainNode, properties: Record<string, PlainValue>): PlainRelationship {
  return { kind: "relationship", elementId, type, startElementId: start.elementId, endElementId: end.elementId, properties };
}

function evidenceOfEdge(edge: WireEdge) {
  return fullEdgeAttributes(edge.attributes).evidence;
}

const sanxia = node("4:1", ["Entity", "Company"], { id: "company:aaaaaaaaaaaaaaaa", name: "三峡新能源", aliases: ["三峽新能源"] });
const jinglePv = node("4:2", ["Entity", "Project"], { id: "project:bbbbbbbbbbbbbbbb", name: "三峡新能源光伏项目", aliases: [] });
const hequPv = node("4:3", ["Entity", "Project"], {
  id: "project:cccccccccccccccc",
  name: "三峡新能源河曲10万千瓦(光伏+储能)发电项目",
  aliases: ["三峽新能源河曲10萬千瓦(光伏+儲能)發電項目"],
});
const hequReport = node("4:9", ["Report"], {
  id: "report:dddddddddddddddd",
  title: "2021年工作回顧",
  source: "002_a4d274eeaaa9f63b.txt",
  text: HEQU_SENTENCE.repeat(50),
  checksum: "abc",
});

const involvesJingle = rel("5:1", "INVOLVES", jinglePv, sanxia, {
  report: "report:eeeeeeeeeeeeeeee",
  role: "investor",
  evidenceText: [JINGLE_SENTENCE],
  evidenceStart: [120],
  evidenceEnd: [120 + JINGLE_SENTENCE.length],
});
const involvesHequA = rel("5:2", "INVOLVES", hequPv, sanxia, {
  report: "report:dddddddddddddddd",
  evidenceText: [HEQU_SENTENCE],
  evidenceStart: [40],
  evidenceEnd: [40 + HEQU_SENTENCE.length],
});
const involvesHequB = rel("5:3", "INVOLVES", hequPv, sanxia, {
  report: "report:ffffffffffffffff",
  evidenceText: [HEQU_SHORT],
  evidenceStart: [900],
  evidenceEnd: [900 + HEQU_SHORT.length],
});

describe("graph-build", () => {
  it("should key nodes by their id property and read their kind from the labels", () => {
    const graph = buildGraph(collectElements([sanxia, jinglePv, hequReport]));
    expect(graph.nodes.map((n) => [n.key, n.attributes!.kind, n.attributes!.label])).toEqual([
      ["company:aaaaaaaaaaaaaaaa", "Company", "三峡新能源"],
      ["project:bbbbbbbbbbbbbbbb", "Project", "三峡新能源光伏项目"],
      ["report:dddddddddddddddd", "Report", "2021年工作回顧"],
    ]);
    expect(graph.nodes[0]!.attributes!.aliases).toEqual(["三峽新能源"]);
  });

  it("should leave the report text and checksums out of node properties", () => {
    const graph = buildGraph(collectElements([hequReport]));
    expect(graph.nodes[0]!.attributes!.props).toEqual({ source: "002_a4d274eeaaa9f63b.txt" });
  });

  it("should merge the relationships of one type between two nodes (one per report) into one edge", () => {
    const graph = buildGraph(collectElements([hequPv, sanxia, involvesHequA, involvesHequB]));
    expect(graph.edges).toHaveLength(1);
    const edge = graph.edges[0]!;
    expect(wireEdgeKey(edge)).toBe("INVOLVES|project:cccccccccccccccc|company:aaaaaaaaaaaaaaaa");
    expect(edge.attributes!.reports).toEqual(["report:dddddddddddddddd", "report:ffffffffffffffff"]);
    expect(edge.attributes!.evidenceCount).toBe(2);
    expect(evidenceOfEdge(edge).map((item) => item.text)).toEqual([HEQU_SENTENCE, HEQU_SHORT]);
  });

  it("should keep distinct edges for distinct relationship types and directions", () => {
    const located = rel("5:4", "LOCATED_IN", sanxia, jinglePv, { report: "report:eeeeeeeeeeeeeeee", evidenceText: [] });
    const graph = buildGraph(collectElements([jinglePv, sanxia, involvesJingle, located]));
    expect(graph.edges.map(wireEdgeKey).sort()).toEqual([
      "INVOLVES|project:bbbbbbbbbbbbbbbb|company:aaaaaaaaaaaaaaaa",
      "LOCATED_IN|company:aaaaaaaaaaaaaaaa|project:bbbbbbbbbbbbbbbb",
    ]);
  });

  it("should cap the evidence an edge carries but count all of it", () => {
    const graph = buildGraph(collectElements([hequPv, sanxia, involvesHequA, involvesHequB]), { evidenceCap: 1 });
    expect(evidenceOfEdge(graph.edges[0]!)).toHaveLength(1);
    expect(graph.edges[0]!.attributes!.evidenceCount).toBe(2);
  });

  it("should mark the Traditional mention of a Simplified entity name in a Traditional sentence", () => {
    const item = evidenceOfEdge(buildGraph(collectElements([hequPv, sanxia, involvesHequA])).edges[0]!)[0]!;
    expect(item.highlights.map(([start, end]) => item.text.slice(start, end))).toEqual(["三峽新能源河曲10萬千瓦(光伏+儲能)發電項目"]);
  });

  it("should not mark a shorter word that only starts like a name (三峽集團 is not 三峡新能源)", () => {
    const item = evidenceOfEdge(buildGraph(collectElements([hequPv, sanxia, involvesHequB])).edges[0]!)[0]!;
    expect(item.highlights).toEqual([]);
  });

  it("should name the report of each evidence sentence when the reports are known", () => {
    const reports = new Map([["report:dddddddddddddddd", { id: "report:dddddddddddddddd", title: "2021年工作回顧", source: "002_a4d274eeaaa9f63b.txt", date: "2022-01-05", subject: "河曲县" }]]);
    const graph = buildGraph(collectElements([hequPv, sanxia, involvesHequA]), { reports });
    expect(evidenceOfEdge(graph.edges[0]!)[0]).toMatchObject({
      report: "report:dddddddddddddddd",
      reportTitle: "2021年工作回顧",
      reportSource: "002_a4d274eeaaa9f63b.txt",
      start: 40,
      end: 40 + HEQU_SENTENCE.length,
    });
  });

  it("should find nodes and relationships inside paths, lists and maps of Cypher rows", () => {
    const rows: Array<Record<string, PlainValue>> = [
      { p: { kind: "path", nodes: [jinglePv, sanxia], relationships: [involvesJingle] } },
      { stuff: [{ inner: hequPv }], count: 3 },
    ];
    const elements = collectFromRows(rows);
    expect([...elements.nodes.keys()].sort()).toEqual(["4:1", "4:2", "4:3"]);
    expect([...elements.relationships.keys()]).toEqual(["5:1"]);
    expect(reportIdsOf(elements)).toEqual(["report:eeeeeeeeeeeeeeee"]);
  });

  it("should drop relationships whose ends the result does not hold", () => {
    const graph = buildGraph(collectElements([sanxia, involvesJingle]));
    expect(graph.nodes).toHaveLength(1);
    expect(graph.edges).toEqual([]);
  });

  it("should take degree and counties from the summaries, a county being its own county", () => {
    const county = node("4:20", ["Entity", "County"], { id: "county:1111111111111111", name: "河曲县", aliases: ["河曲縣"], code: "140930" });
    const summaries = new Map([
      ["county:1111111111111111", { degree: 120, counties: ["河曲县"] }],
      ["company:aaaaaaaaaaaaaaaa", { degree: 6, counties: ["河曲县", "静乐县"] }],
    ]);
    const graph = buildGraph(collectElements([county, sanxia]), { summaries });
    expect(graph.nodes.map((n) => [n.attributes!.degree, n.attributes!.counties])).toEqual([
      [120, ["河曲县"]],
      [6, ["河曲县", "静乐县"]],
    ]);
  });

  it("should find the node ids a saved query returns as plain columns", () => {
    expect(idsInRows([{ company: "山西建龙", companyId: "company:f6b063580e962ab6", counties: ["文水县", "闻喜县"] }])).toEqual([
      "company:f6b063580e962ab6",
    ]);
  });

  describe("wire form of edges", () => {
    it("should send an edge without its derivable key and default attributes, and read it back whole", () => {
      const [edge] = buildGraph(collectElements([jinglePv, sanxia, { ...involvesJingle, properties: { report: "report:eeeeeeeeeeeeeeee" } }])).edges;
      expect(JSON.parse(JSON.stringify(edge))).toEqual({
        source: "project:bbbbbbbbbbbbbbbb",
        target: "company:aaaaaaaaaaaaaaaa",
        attributes: { relType: "INVOLVES", reports: ["report:eeeeeeeeeeeeeeee"] },
      });
      expect(wireEdgeKey(edge!)).toBe("INVOLVES|project:bbbbbbbbbbbbbbbb|company:aaaaaaaaaaaaaaaa");
      expect(fullEdgeAttributes(edge!.attributes)).toEqual({ relType: "INVOLVES", label: "INVOLVES", reports: ["report:eeeeeeeeeeeeeeee"], evidence: [], evidenceCount: 0, props: {} });
    });

    it("should export compact edges under their derived keys, and keep a hand-made graph's keys and repeated keyless edges", () => {
      const nodes = [{ key: "a" }, { key: "b" }];
      const compact = wireToGraph({ nodes, edges: [{ source: "a", target: "b", attributes: { relType: "INVOLVES", evidenceCount: 2 } }] });
      expect(compact.edges()).toEqual(["INVOLVES|a|b"]);
      expect(compact.getEdgeAttributes("INVOLVES|a|b")).toEqual({ relType: "INVOLVES", label: "INVOLVES", reports: [], evidence: [], evidenceCount: 2, props: {} });
      const handMade = wireToGraph({ nodes, edges: [{ key: "mine", source: "a", target: "b" }, { source: "a", target: "b" }, { source: "a", target: "b" }] });
      expect(handMade.size).toBe(3);
      expect(handMade.edges()).toContain("mine");
      expect(handMade.mapEdges((_key, attributes) => attributes.relType)).toEqual(["RELATED", "RELATED", "RELATED"]);
    });
  });

  describe("appearances", () => {
    const county = (id: string, name: string, elementId: string) => node(elementId, ["Entity", "County"], { id, name, aliases: [] });
    const mention = (elementId: string, report: string, text: string): PlainRelationship => ({
      kind: "relationship",
      elementId,
      type: "MENTIONS",
      startElementId: "r",
      endElementId: sanxia.elementId,
      properties: { report, names: ["三峽新能源"], evidenceText: [text], evidenceStart: [10], evidenceEnd: [10 + text.length] },
    });
    const rows: AppearanceRow[] = [
      {
        c: sanxia,
        k: county("county:2222222222222222", "静乐县", "4:30"),
        county: "静乐县",
        report: { id: "report:j", title: "2021年静乐县政府工作报告", source: "001.txt", date: "2021-04-08", subject: "静乐县" },
        rels: [mention("5:10", "report:j", JINGLE_SENTENCE), { ...involvesJingle, properties: { ...involvesJingle.properties, report: "report:j", evidenceStart: [10], evidenceEnd: [10 + JINGLE_SENTENCE.length] } }],
      },
      {
        c: sanxia,
        k: null,
        county: "河曲县",
        report: { id: "report:h", title: "2021年工作回顧", source: "002.txt", date: null, subject: "河曲县" },
        rels: [mention("5:11", "report:h", HEQU_SHORT)],
      },
    ];

    it("should link the company to each county by an APPEARS_IN edge carrying that county's sentences once", () => {
      const graph = buildAppearanceGraph(rows, { evidenceCap: 10 });
      expect(graph.edges.map((edge) => [edge.source, edge.target, edge.attributes!.relType, edge.attributes!.evidenceCount])).toEqual([
        ["company:aaaaaaaaaaaaaaaa", "county:2222222222222222", "APPEARS_IN", 1],
        ["company:aaaaaaaaaaaaaaaa", "county-name:河曲县", "APPEARS_IN", 1],
      ]);
      expect(evidenceOfEdge(graph.edges[1]!)[0]!.reportTitle).toBe("2021年工作回顧");
      const jingle = evidenceOfEdge(graph.edges[0]!)[0]!;
      expect(jingle.highlights.map(([s, e]) => jingle.text.slice(s, e))).toEqual(["三峡新能源"]);
    });

    it("should give a county without a County entity a node of its own name", () => {
      const graph = buildAppearanceGraph(rows, { evidenceCap: 10 });
      expect(graph.nodes.find((n) => n.key === "county-name:河曲县")!.attributes).toMatchObject({ label: "河曲县", kind: "County", counties: ["河曲县"] });
    });
  });
});

describe("script-variants", () => {
  it.each([
    ["闻喜县", ["闻喜县", "聞喜縣"]],
    ["聞喜縣", ["聞喜縣", "闻喜县"]],
    ["三峡新能源", ["三峡新能源", "三峽新能源"]],
    ["  建龍 ", ["建龍", "建龙"]],
    ["5G", ["5G"]],
    ["", []],
  ])("should search %j in every script as %j", (text, expected) => {
    expect(scriptVariants(text)).toEqual(expected);
  });
});

describe("highlights", () => {
  it("should prefer the longer name where names overlap", () => {
    const forms = nameForms(["三峡新能源", "三峡新能源河曲10万千瓦(光伏+储能)发电项目"]);
    const ranges = findHighlights(HEQU_SENTENCE, forms);
    expect(ranges.map(([s, e]) => HEQU_SENTENCE.slice(s, e))).toEqual(["三峽新能源河曲10萬千瓦(光伏+儲能)發電項目"]);
  });

  it("should mark every occurrence of a name", () => {
    const sentence = "推动吕梁建龙、新光华铸管、金地焦化等一批项目建成投产;依托吕梁建龙,盘活闲置土地。";
    const ranges = findHighlights(sentence, nameForms(["吕梁建龙"]));
    expect(ranges).toHaveLength(2);
    expect(ranges.map(([s, e]) => sentence.slice(s, e))).toEqual(["吕梁建龙", "吕梁建龙"]);
    expect(ranges[1]![0]).toBe(sentence.lastIndexOf("吕梁建龙"));
  });
});

describe("lucene", () => {
  it.each([
    ["闻喜县", "闻喜县"],
    ["(光伏+储能)", "\\(光伏\\+储能\\)"],
    ['"十四五"', '\\"十四五\\"'],
    ["a:b/c", "a\\:b\\/c"],
  ])("should escape %j as %j", (text, expected) => {
    expect(escapeLucene(text)).toBe(expected);
  });

  it("should search any script variant as a phrase", () => {
    expect(phraseQuery(["三峡新能源", "三峽新能源"])).toBe('"三峡新能源" OR "三峽新能源"');
  });
});
