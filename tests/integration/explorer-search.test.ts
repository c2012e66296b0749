/**
 * Explorer search without a scan: for queries holding two or more ideographs
 * in a row the substring matches come from the full-text index
 * (cypher/explorer/search.cypher, $scan false). On the loader fixture (闻喜县 and 襄汾县 2021 reports), every
 * such query must give exactly the hits, order and counties of a scan over all
 * entities. Two corpus reports whose project names carry figures
 * (河曲 and 左云: "长坪110千伏变电站项目", "G337县城段绕城改线项目") are loaded
 * beside the fixture for queries that mix ideographs with digits or letters.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPaths } from "../../ingest/pipeline.ts";
import { loadCypher } from "../../src/neo4j/cypher-files.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { loadReports } from "../../src/neo4j/load.ts";
import { runReadQuery } from "../../src/neo4j/read.ts";
import { searchLookup } from "../../src/server/lucene.ts";
import { scriptVariants } from "../../src/server/script-variants.ts";
import { corpusFile } from "../helpers/corpus.ts";
import { openFixtureGraph } from "./neo4j-context.ts";

let graph: Graph;

async function search(query: string, scan: boolean) {
  const variants = scriptVariants(query);
  const { rows } = await runReadQuery(graph, loadCypher("explorer/search"), { ...searchLookup(variants), variants, limit: 20, scan });
  return rows;
}

/** Whether the service looks the query up in the index alone. */
function indexed(query: string): boolean {
  return !searchLookup(scriptVariants(query)).scan;
}

describe("explorer search", () => {
  beforeAll(async () => {
    graph = await openFixtureGraph();
    const reports = [];
    for await (const report of extractPaths([corpusFile("002_"), corpusFile("004_")])) reports.push(report);
    await loadReports(graph, reports);
  });
  afterAll(async () => {
    await graph.driver.close();
  });

  it.each([
    ["建龙", "part of a firm's name"],
    ["建龍", "Traditional form of a Simplified name"],
    ["山西建龙实业有限公司", "a whole firm name"],
    ["闻喜", "a county name without 县"],
    ["六稳", "a slogan"],
    ["有限公司", "a legal form most firms share"],
    ["铸造", "an industry word"],
  ])("should find through the index what a scan finds for %s (%s)", async (query) => {
    expect(indexed(query)).toBe(true);
    expect(await search(query, false)).toEqual(await search(query, true));
  });

  it("should find through the index what a scan finds for every two- and three-character part of every name", async () => {
    const { rows } = await runReadQuery(graph, "MATCH (e:Entity) RETURN e.name AS name ORDER BY name", {}, { maxRows: 10_000 });
    const parts = new Set<string>();
    for (const { name } of rows) {
      const text = String(name);
      for (let i = 0; i + 2 <= text.length; i += 1) parts.add(text.slice(i, i + 2)).add(text.slice(i, i + 3));
    }
    const phrases = [...parts].filter(indexed).slice(0, 400);
    expect(phrases.length).toBeGreaterThan(50);
    let found = 0;
    for (const phrase of phrases) {
      const indexed = await search(phrase, false);
      expect(indexed, phrase).toEqual(await search(phrase, true));
      if (indexed.length > 0) found += 1;
    }
    expect(found).toBe(phrases.length);
  });

  it("should find through the index what a scan finds for every part of a name that mixes ideographs with digits or letters", async () => {
    const { rows } = await runReadQuery(graph, "MATCH (e:Entity) WHERE e.name =~ '.*[0-9A-Za-z].*' RETURN e.name AS name ORDER BY name", {}, { maxRows: 10_000 });
    const parts = new Set<string>();
    for (const { name } of rows) {
      const text = String(name);
      for (let i = 0; i < text.length; i += 1) for (const length of [4, 6]) parts.add(text.slice(i, i + length));
    }
    const mixed = [...parts].filter((part) => /[0-9A-Za-z]/.test(part) && indexed(part)).slice(0, 200);
    expect(mixed.length).toBeGreaterThan(20);
    for (const part of mixed) {
      const hits = await search(part, false);
      expect(hits, part).toEqual(await search(part, true));
      expect(hits.length, part).toBeGreaterThan(0);
    }
  });

  it.each([
    ["县", "one character, which the bigram index does not hold"],
    ["ABC", "Latin letters"],
    ["2021", "digits"],
    ["县2021年", "no two ideographs in a row"],
  ])("should scan for %s (%s)", (query) => {
    expect(indexed(query)).toBe(false);
  });

  it.each([
    ["闻喜县2021", "闻喜县", "ideographs and digits"],
    ["云鼎30兆瓦光伏电站", "兆瓦光伏电站", "the longest run of ideographs"],
  ])("should look %s up in the index through %s (%s)", (query, anchor) => {
    expect(indexed(query)).toBe(true);
    expect(searchLookup([query]).candidates).toBe(`"${anchor}"`);
  });
});
