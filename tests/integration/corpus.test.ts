/**
 * The sample corpus (/work/shared/corpus: 5 files, 14 reports from Shanxi)
 * through `kg ingest` into the test Neo4j, and the saved queries on it, with
 * answers a reader can check in the texts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countGraph, wipeGraph, type GraphCounts } from "../../src/neo4j/admin.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { ReportExtractionSchema, type LoadableReport } from "../../src/neo4j/extraction-schema.ts";
import { runReadQuery, type ReadResult } from "../../src/neo4j/read.ts";
import { buildReportRows } from "../../src/neo4j/rows.ts";
import { loadCypher } from "../../src/neo4j/cypher-files.ts";
import { bindParams, getSavedQuery } from "../../src/neo4j/saved-queries.ts";
import { kg } from "./kg-cli.ts";
import { openTestGraph } from "./neo4j-context.ts";
import { CORPUS_DIR } from "../helpers/corpus.ts";
import type { GraphEdgeAttributes, WireGraph } from "../../src/server/api-types.ts";
import { DEFAULT_LIMITS, ExplorerService } from "../../src/server/explorer-service.ts";
import { createGraphProvider } from "../../src/server/graph-provider.ts";
import { wireToGraph } from "../../src/server/wire-graph.ts";
import { fullEdgeAttributes, wireEdgeKey } from "../../src/server/wire-edges.ts";
import { graph as explorerGraph, replaceGraph } from "../../graph-ui/src/core/graph-state.ts";

const CORPUS = CORPUS_DIR;
const FACT_TYPES = ["HAS_PROJECT", "INVOLVES", "LOCATED_IN", "PROMOTES", "HOLDS_OFFICE"];

let graph: Graph;
let firstIngest: { stdout: string; counts: GraphCounts };

const run = (name: string, params: Record<string, unknown>): Promise<ReadResult> => {
  const query = getSavedQuery(name);
  return runReadQuery(graph, query.cypher, bindParams(query, params), { maxRows: 10_000 });
};

describe("corpus in Neo4j", () => {
  beforeAll(async () => {
    graph = await openTestGraph();
    await wipeGraph(graph);
    const result = await kg(["ingest", CORPUS]);
    expect(result.code, result.stderr).toBe(0);
    firstIngest = { stdout: result.stdout, counts: await countGraph(graph) };
  });
  afterAll(async () => {
    await graph.driver.close();
  });

  it("should load every report of the corpus", () => {
    expect(firstIngest.counts.reports).toBeGreaterThanOrEqual(14);
    expect(firstIngest.stdout).toMatch(/written \(0 replaced\), 0 unchanged/);
  });

  it("should change nothing when the corpus is ingested a second time", async () => {
    const again = await kg(["ingest", CORPUS]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/: 0 written \(0 replaced\), \d+ unchanged; \d+ files unchanged since loaded, not read again; 0 facts, 0 mentions; 0 transactions/);
    expect(await countGraph(graph)).toEqual(firstIngest.counts);
  });

  it("should store every extracted relation with its evidence, one relationship per fact and report", async () => {
    const extracted = await kg(["extract", "--format", "jsonl", CORPUS]);
    const reports = extracted.stdout
      .trim()
      .split("\n")
      .map((line) => ReportExtractionSchema.parse(JSON.parse(line)) as LoadableReport);
    const expected = new Map(reports.map((report) => [report.id, buildReportRows(report)]));
    const { rows } = await run_(
      `MATCH (a:Entity)-[f]->(b:Entity)
       RETURN f.report AS report, type(f) AS type, a.id AS source, b.id AS target,
              f.evidenceText AS texts, f.evidenceStart AS starts, f.evidenceEnd AS ends`,
    );
    const stored = new Map(rows.map((row) => [`${row.report}|${row.type}|${row.source}|${row.target}`, row]));
    let facts = 0;
    for (const [reportId, rowsOfReport] of expected) {
      for (const fact of rowsOfReport.facts) {
        facts += 1;
        const row = stored.get(`${reportId}|${fact.type}|${fact.source}|${fact.target}`);
        expect(row, `${fact.type} ${fact.source} -> ${fact.target}`).toBeDefined();
        expect(row!.texts).toEqual(fact.props.evidenceText);
        expect(row!.starts).toEqual(fact.props.evidenceStart);
        expect(row!.ends).toEqual(fact.props.evidenceEnd);
      }
    }
    expect(stored.size).toBe(facts);
    const texts = new Map(reports.map((report) => [report.id, report.text]));
    for (const row of rows) {
      const text = texts.get(row.report as string)!;
      (row.texts as string[]).forEach((sentence, i) => {
        expect(text.slice((row.starts as number[])[i], (row.ends as number[])[i])).toBe(sentence);
      });
    }
    const { rows: loadedTexts } = await run_("MATCH (r:Report) RETURN r.id AS id, r.text AS text");
    for (const row of loadedTexts) if (texts.has(row.id as string)) expect(row.text).toBe(texts.get(row.id as string));
    expect(facts).toBeGreaterThan(1_000);
    for (const row of rows) expect((row.texts as string[]).length, `${row.type} has evidence`).toBeGreaterThan(0);
  });

  it("should show 六稳 in the reports of many counties, each with its sentence", async () => {
    const { rows } = await run("slogan-counties", { slogan: "六稳" });
    const counties = new Set(rows.map((row) => row.county));
    expect(counties.size).toBeGreaterThanOrEqual(5);
    for (const county of ["闻喜县", "襄汾县", "灵石县", "稷山县"]) expect(counties).toContain(county);
    for (const row of rows) expect(row.sentence).toMatch(/六[稳穩]/);
  });

  it("should connect 闻喜县 and 襄汾县 through slogans both promote (六稳)", async () => {
    const { rows } = await run("shortest-path", { from: "闻喜县", to: "襄汾县", limit: 1000 });
    expect(rows[0]!.hops).toBe(2);
    expect(rows.map((row) => (row.names as string[]).join(">"))).toContain("闻喜县>六稳>襄汾县");
  });

  it("should profile 闻喜县 with its mayor, the 六稳/六保 slogans and 山西建龙", async () => {
    const { rows } = await run("county-profile", { county: "闻喜县" });
    expect(rows).toHaveLength(1);
    const profile = rows[0]!;
    expect(profile.reports).toEqual(["2021年闻喜县政府工作报告"]);
    expect(profile.officials).toContainEqual(expect.stringMatching(/^史玉江/));
    expect(profile.slogans).toEqual(expect.arrayContaining(["六稳", "六保"]));
    expect(profile.companies).toContain("山西建龙");
    expect((profile.projects as string[]).length).toBeGreaterThan(10);
  });

  it("should show the neighbours of a 闻喜县 project, quoting sentences that name it", async () => {
    const project = await firstProjectWithCompany("闻喜县");
    const { rows } = await run("neighbourhood", { entity: project.id });
    expect(rows).toContainEqual(expect.objectContaining({ relation: "HAS_PROJECT", direction: "in", neighbour: "闻喜县", kind: "County" }));
    expect(rows).toContainEqual(expect.objectContaining({ relation: "MENTIONS", direction: "in", neighbour: "2021年闻喜县政府工作报告" }));
    expect(rows).toContainEqual(expect.objectContaining({ relation: "INVOLVES", direction: "out", neighbour: project.company }));
    for (const row of rows.filter((row) => row.relation === "HAS_PROJECT" || row.relation === "MENTIONS")) {
      expect(namesIn(row.sentence as string, project.names)).toBe(true);
    }
  });

  it("should answer companies across counties from the summaries exactly as a count over the reports' mentions and facts", async () => {
    // The reference: the same question answered from the mentions and facts themselves, at query time.
    const { rows: reference } = await run_(
      `MATCH (r:Report)-[m:MENTIONS]->(c:Company)
       OPTIONAL MATCH (k:County {code: r.subjectCode})
       WITH c, r, m, coalesce(k.name, r.subject) AS county
       WHERE county IS NOT NULL
       WITH c, county,
            sum(size(m.evidenceText) + reduce(n = 0, f IN [(c)-[f:${FACT_TYPES.join("|")}]-(:Entity) WHERE f.report = r.id | f] | n + size(f.evidenceText))) AS evidence
       ORDER BY county
       WITH c, collect(county) AS countyNames, sum(evidence) AS evidence
       RETURN c.name AS company, size(countyNames) AS counties, countyNames, evidence, c.id AS companyId
       ORDER BY counties DESC, evidence DESC, company`,
      {},
    );
    const { rows } = await run("companies-across-counties", { minCounties: 1, limit: 10_000 });
    expect(reference.length).toBeGreaterThan(20);
    expect(rows).toEqual(reference);
  });

  it("should give every county the counties whose reports name it, from its summary exactly as a count over the reports", async () => {
    const { rows: reference } = await run_(
      `MATCH (n:County)
       RETURN n.id AS id, COLLECT {
         MATCH (report:Report)-[:MENTIONS]->(n)
         OPTIONAL MATCH (k:County {code: report.subjectCode})
         WITH coalesce(k.name, report.subject) AS county WHERE county IS NOT NULL
         RETURN DISTINCT county ORDER BY county
       } AS counties
       ORDER BY id`,
      {},
    );
    const { rows } = await run_("MATCH (n:County) RETURN n.id AS id, n.countyNames AS counties, n.countyCount AS count ORDER BY id", {});
    expect(reference.filter((row) => (row.counties as string[]).length > 1).length).toBeGreaterThan(0);
    expect(rows.map((row) => ({ id: row.id, counties: row.counties }))).toEqual(reference);
    expect(rows.every((row) => row.count === (row.counties as string[]).length)).toBe(true);
    const summaries = await run_(loadCypher("explorer/node-summaries"), { ids: reference.map((row) => row.id), withNodes: false });
    expect(summaries.rows.map((row) => ({ id: row.id, counties: row.counties }))).toEqual(reference);
  });

  it("should draw the companies view from the summaries with the nodes and edges of the full view, counting evidence as the table does", async () => {
    const service = new ExplorerService(createGraphProvider("test", async () => graph), DEFAULT_LIMITS);
    const light = new ExplorerService(createGraphProvider("test", async () => graph), { ...DEFAULT_LIMITS, embedAppearancesUpTo: 0 });
    const full = await service.runSavedQuery("companies-across-counties", {});
    const summarized = await light.runSavedQuery("companies-across-counties", {});
    const keys = (graph: WireGraph) => graph.edges.map(wireEdgeKey).sort();
    const attributes = (graph: WireGraph) => graph.edges.map((edge) => fullEdgeAttributes(edge.attributes));
    expect(full.graph.edges.length).toBeGreaterThan(0);
    expect(attributes(full.graph).every((edge) => edge.evidence.length > 0)).toBe(true);
    expect(attributes(summarized.graph).every((edge) => edge.evidence.length === 0)).toBe(true);
    expect(keys(summarized.graph)).toEqual(keys(full.graph));
    expect(summarized.graph.nodes.map((node) => node.key).sort()).toEqual(full.graph.nodes.map((node) => node.key).sort());
    // The full view counts distinct sentences (a sentence may be evidence of a mention and of a fact);
    // the summaries count evidence entries, and a company's edges add up to its row of the table.
    const fullCount = new Map(full.graph.edges.map((edge) => [wireEdgeKey(edge), edge.attributes!.evidenceCount]));
    for (const edge of summarized.graph.edges) expect(edge.attributes!.evidenceCount).toBeGreaterThanOrEqual(fullCount.get(wireEdgeKey(edge))!);
    for (const row of summarized.rows) {
      const edges = summarized.graph.edges.filter((edge) => edge.source === row.companyId);
      expect(edges).toHaveLength(Number(row.counties));
      expect(edges.reduce((sum, edge) => sum + edge.attributes!.evidenceCount!, 0)).toBe(Number(row.evidence));
    }
  });

  it("should send the summarized companies view's edges compact, and the explorer and the export read back every edge of the table", async () => {
    const light = new ExplorerService(createGraphProvider("test", async () => graph), { ...DEFAULT_LIMITS, embedAppearancesUpTo: 0 });
    const { rows, graph: wire } = await light.runSavedQuery("companies-across-counties", {});
    // What travels: the ends, the type, the counts; no key, label, empty lists or props left to their defaults.
    const sent = JSON.parse(JSON.stringify(wire)) as WireGraph;
    expect(sent.edges.length).toBe(rows.reduce((sum, row) => sum + Number(row.counties), 0));
    for (const edge of sent.edges) {
      expect(Object.keys(edge).sort()).toEqual(["attributes", "source", "target"]);
      expect(Object.keys(edge.attributes!).sort()).toEqual(["evidenceCount", "props", "relType"]);
    }
    // Each row's company links to each of its counties, with the row's report and evidence counts, in both readers.
    const expected = rows.flatMap((row) => (row.countyNames as string[]).map((county) => [row.companyId, county]));
    const read = (edges: Array<{ source: string; target: string; key: string; attributes: GraphEdgeAttributes }>, label: (key: string) => string) =>
      edges.map((edge) => {
        expect(edge.key).toBe(`APPEARS_IN|${edge.source}|${edge.target}`);
        expect(edge.attributes).toMatchObject({ relType: "APPEARS_IN", label: "APPEARS_IN", reports: [], evidence: [], props: { reports: expect.any(Number) } });
        expect(edge.attributes.evidenceCount).toBeGreaterThan(0);
        return [edge.source, label(edge.target)];
      });
    replaceGraph(sent, "query");
    const explorer = read(explorerGraph.mapEdges((key, attributes, source, target) => ({ key, attributes, source, target })), (key) => explorerGraph.getNodeAttribute(key, "label"));
    const exported = wireToGraph(sent);
    const forExport = read(exported.mapEdges((key, attributes, source, target) => ({ key, attributes, source, target })), (key) => exported.getNodeAttribute(key, "label"));
    const sorted = (pairs: unknown[][]) => pairs.map((pair) => pair.join("|")).sort();
    expect(sorted(explorer)).toEqual(sorted(expected));
    expect(sorted(forExport)).toEqual(sorted(expected));
  });

  it("should list the companies of a 闻喜县 project, with a sentence naming both", async () => {
    const project = await firstProjectWithCompany("闻喜县");
    const { rows } = await run("project-companies", { project: project.id });
    const row = rows.find((candidate) => candidate.company === project.company)!;
    expect(row.counties).toContain("闻喜县");
    expect(row.evidence).toBeGreaterThanOrEqual(1);
    expect(namesIn(row.sentence as string, project.companyNames)).toBe(true);
  });

  it("should count, for companies across counties, the counties whose reports name them", async () => {
    const { rows } = await run("companies-across-counties", { minCounties: 2 });
    for (const row of rows) {
      expect(row.counties).toBe((row.countyNames as string[]).length);
      expect(row.counties).toBeGreaterThanOrEqual(2);
      // Each county listed has a report about it that mentions the company, quoting a sentence.
      const { rows: named } = await run_(
        `MATCH (c:Company {id: $id})<-[m:MENTIONS]-(r:Report)
         WHERE size(m.evidenceText) > 0
         OPTIONAL MATCH (k:County {code: r.subjectCode})
         RETURN collect(DISTINCT coalesce(k.name, r.subject)) AS counties`,
        { id: row.companyId },
      );
      expect([...(named[0]!.counties as string[])].sort()).toEqual([...(row.countyNames as string[])].sort());
    }
  });

  it("should find the 建龙 steel companies by full-text search for part of their name", async () => {
    const { rows } = await run("search-entities", { q: "建龙" });
    expect(rows.some((row) => row.kind === "Company" && String(row.name).includes("建龙"))).toBe(true);
  });

  it("should keep the labels and relationship types of the model only", async () => {
    const { rows } = await run_("CALL db.labels() YIELD label RETURN collect(label) AS labels");
    expect([...(rows[0]!.labels as string[])].sort()).toEqual(["Company", "County", "Entity", "Person", "Project", "Report", "Slogan"]);
    const types = await run_("MATCH ()-[r]->() RETURN collect(DISTINCT type(r)) AS types");
    expect(types.rows[0]!.types).toEqual(expect.arrayContaining([...FACT_TYPES, "MENTIONS"]));
  });
});

/** A project the county has that involves a company, with the names evidence may use. */
async function firstProjectWithCompany(county: string) {
  const { rows } = await run_(
    `MATCH (:County {name: $county})-[:HAS_PROJECT]->(p:Project)-[:INVOLVES]->(c:Company)
     RETURN p.id AS id, [p.name] + p.aliases AS names, c.name AS company, [c.name] + c.aliases AS companyNames
     ORDER BY p.name, c.name LIMIT 1`,
    { county },
  );
  expect(rows, `${county} has a project that involves a company`).toHaveLength(1);
  return rows[0] as { id: string; names: string[]; company: string; companyNames: string[] };
}

/** Whether a sentence names the entity (its names are Simplified; the sentence may be Traditional). */
function namesIn(sentence: string, names: string[]): boolean {
  return names.some((name) => sentence.includes(name));
}

function run_(cypher: string, params: Record<string, unknown> = {}): Promise<ReadResult> {
  return runReadQuery(graph, cypher, params, { maxRows: 100_000 });
}
