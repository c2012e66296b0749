/**
 * Every saved query on the loader fixture (sentences of the 闻喜县 and 襄汾县
 * 2021 reports), with answers a reader can check in those sentences.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../src/neo4j/driver.ts";
import { runReadQuery, type ReadResult } from "../../src/neo4j/read.ts";
import { bindParams, getSavedQuery, listSavedQueries } from "../../src/neo4j/saved-queries.ts";
import { QueryError } from "../../src/neo4j/errors.ts";
import { ReadOnlyViolationError } from "../../src/errors.ts";
import { openFixtureGraph } from "./neo4j-context.ts";

let graph: Graph;
const run = (name: string, params: Record<string, unknown> = {}): Promise<ReadResult> => {
  const query = getSavedQuery(name);
  return runReadQuery(graph, query.cypher, bindParams(query, params));
};

describe("saved queries", () => {
  beforeAll(async () => {
    graph = await openFixtureGraph();
  });
  afterAll(async () => {
    await graph.driver.close();
  });

  it("should profile 闻喜县: its project, companies, slogans and mayor", async () => {
    const { rows } = await run("county-profile", { county: "闻喜县" });
    expect(rows).toEqual([
      {
        county: "闻喜县",
        code: "140823",
        reports: ["2021年闻喜县政府工作报告"],
        projects: ["千亿级钢铁深加工产业集群"],
        companies: ["冀东水泥", "山西建龙"],
        slogans: ["六保", "六稳"],
        officials: ["史玉江（县长）"],
      },
    ]);
  });

  it("should find a county by its alias", async () => {
    const { rows } = await run("county-profile", { county: "闻喜" });
    expect(rows.map((row) => row.county)).toEqual(["闻喜县"]);
  });

  it("should list the companies of a project with role and sentence", async () => {
    const { rows } = await run("project-companies", { project: "国药控股医药物流中心" });
    expect(rows).toEqual([
      {
        project: "国药控股医药物流中心",
        counties: ["襄汾县"],
        company: "国药控股",
        roles: ["builder"],
        evidence: 1,
        sentence: "培育新业态,完成国药控股医药物流中心征地工作并启动建设,扩大宁乐医药物流经营规模。",
      },
    ]);
  });

  it("should show that 六稳 appears in both counties' reports", async () => {
    const { rows } = await run("slogan-counties", { slogan: "六稳" });
    expect(rows.map((row) => [row.county, row.date])).toEqual([
      ["襄汾县", "2021-04-20"],
      ["闻喜县", "2021-04-13"],
    ]);
    for (const row of rows) expect(row.sentence).toContain("“六稳”");
  });

  it("should rank companies by the counties whose reports name them", async () => {
    expect((await run("companies-across-counties")).rows).toEqual([]);
    const { rows } = await run("companies-across-counties", { minCounties: 1 });
    expect(rows.map((row) => [row.company, row.counties, row.countyNames, row.evidence])).toEqual([
      // 山西建龙: three sentences of the 闻喜县 report, once as a mention, three times as LOCATED_IN evidence.
      ["山西建龙", 1, ["闻喜县"], 4],
      ["冀东水泥", 1, ["闻喜县"], 2],
      ["国药控股", 1, ["襄汾县"], 2],
    ]);
  });

  it("should find the shortest chain of facts between the two mayors' counties", async () => {
    const { rows } = await run("shortest-path", { from: "史玉江", to: "国药控股" });
    expect(rows.map((row) => row.names)).toEqual([
      ["史玉江", "闻喜县", "六保", "襄汾县", "国药控股医药物流中心", "国药控股"],
      ["史玉江", "闻喜县", "六稳", "襄汾县", "国药控股医药物流中心", "国药控股"],
    ]);
    expect(rows[0]!.relations).toEqual(["HOLDS_OFFICE", "PROMOTES", "PROMOTES", "HAS_PROJECT", "INVOLVES"]);
    expect(rows[0]!.path).toMatchObject({ kind: "path", nodes: expect.any(Array), relationships: expect.any(Array) });
  });

  it("should list an entity's neighbours with direction and evidence", async () => {
    const { rows } = await run("neighbourhood", { entity: "山西建龙" });
    expect(rows.map((row) => [row.relation, row.direction, row.neighbour, row.kind, row.evidence])).toEqual([
      ["LOCATED_IN", "out", "闻喜县", "County", 3],
      ["MENTIONS", "in", "2021年闻喜县政府工作报告", "Report", 1],
    ]);
  });

  it.each([
    ["建龙", "山西建龙"],
    ["冀東", "冀东水泥"],
    ["物流中心", "国药控股医药物流中心"],
  ])("should find entities by part of their name or alias: %s", async (q, name) => {
    const { rows } = await run("search-entities", { q });
    expect(rows[0]!.name).toBe(name);
  });

  it("should return a report's text for showing a fact's source", async () => {
    const { rows: facts } = await runReadQuery(graph, "MATCH (:Person {name: '史玉江'})-[f:HOLDS_OFFICE]->() RETURN f.report AS report, f.evidenceStart[0] AS start, f.evidenceEnd[0] AS end");
    const { rows } = await run("report-source", { report: facts[0]!.report });
    expect(rows[0]).toMatchObject({ title: "2021年闻喜县政府工作报告", date: "2021-04-13", subject: "闻喜县", entities: 7 });
    expect((rows[0]!.text as string).slice(facts[0]!.start as number, facts[0]!.end as number)).toContain("县长史玉江");
  });

  it("should run every saved query with its declared columns", async () => {
    const params: Record<string, Record<string, string>> = {
      "county-profile": { county: "襄汾县" },
      "project-companies": { project: "国药控股医药物流中心" },
      "slogan-counties": { slogan: "六保" },
      "shortest-path": { from: "闻喜县", to: "襄汾县" },
      neighbourhood: { entity: "六新" },
      "search-entities": { q: "六" },
      "report-source": { report: "none" },
    };
    for (const query of listSavedQueries()) {
      const result = await run(query.name, params[query.name] ?? {});
      if (result.rows.length > 0) expect(result.columns, query.name).toEqual(query.columns.map((column) => column.name));
    }
  });

  it("should reject writes in the read path and leave the graph as it was", async () => {
    const count = async () => (await runReadQuery(graph, "MATCH (n) RETURN count(n) AS n")).rows[0]!.n;
    const before = await count();
    await expect(runReadQuery(graph, "CREATE (n:Hack) RETURN n")).rejects.toThrow(ReadOnlyViolationError);
    await expect(runReadQuery(graph, "MATCH (n:County) SET n.name = 'x'")).rejects.toThrow(ReadOnlyViolationError);
    await expect(runReadQuery(graph, "MATCH (n) DETACH DELETE n")).rejects.toThrow(ReadOnlyViolationError);
    expect(await count()).toBe(before);
  });

  it("should stop a query at the row cap and say so", async () => {
    const result = await runReadQuery(graph, "UNWIND range(1, 50) AS i RETURN i", {}, { maxRows: 10 });
    expect(result.rows).toHaveLength(10);
    expect(result.truncated).toBe(true);
  });

  it("should stop a query that runs past its timeout", async () => {
    const slow = "UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 3 RETURN count(*) AS n";
    await expect(runReadQuery(graph, slow, {}, { timeoutMs: 300 })).rejects.toThrow(QueryError);
  });
});
