/**
 * Explorer search without a scan: the substring matches of a query come from
 * the full-text index (cypher/explorer/search.cypher, $scan false), through
 * the anchors of src/server/lucene.ts (a run of ideographs, one ideograph, a
 * run of letters and digits). On the loader fixture (闻喜县 and 襄汾县 2021
 * reports), every such query must give exactly the hits, order and counties
 * of a scan over all entities. Two corpus reports whose project names carry
 * figures and letters (河曲 and 左云: "长坪110千伏变电站项目",
 * "G337县城段绕城改线项目") are loaded beside the fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPaths } from "../../ingest/pipeline.ts";
import { loadCypher } from "../../src/neo4j/cypher-files.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { loadReports } from "../../src/neo4j/load.ts";
import { runReadQuery } from "../../src/neo4j/read.ts";
import { CJK_STOP_WORDS, searchLookup } from "../../src/server/lucene.ts";
import { scriptVariants } from "../../src/server/script-variants.ts";
import { corpusFile } from "../helpers/corpus.ts";
import { openFixtureGraph } from "./neo4j-context.ts";

let graph: Graph;

async function search(query: string, scan: boolean) {
  const variants = scriptVariants(query);
  const { rows } = await runReadQuery(graph, loadCypher("explorer/search"), { ...searchLookup(variants), variants, limit: 20, scan });
  return rows;
}

async function namesMatching(pattern: string): Promise<string[]> {
  const { rows } = await runReadQuery(graph, "MATCH (e:Entity) WHERE e.name =~ $pattern RETURN e.name AS name ORDER BY name", { pattern }, { maxRows: 10_000 });
  return rows.map(({ name }) => String(name));
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
    const parts = new Set<string>();
    for (const text of await namesMatching(".*")) {
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
    const parts = new Set<string>();
    for (const text of await namesMatching(".*[0-9A-Za-z].*")) {
      for (let i = 0; i < text.length; i += 1) for (const length of [1, 2, 4, 6]) parts.add(text.slice(i, i + length));
    }
    const mixed = [...parts].filter((part) => /[0-9A-Za-z]/.test(part) && indexed(part));
    expect(mixed.length).toBeGreaterThan(100);
    for (const part of mixed.slice(0, 300)) {
      const hits = await search(part, false);
      expect(hits, part).toEqual(await search(part, true));
      expect(hits.length, part).toBeGreaterThan(0);
    }
  });

  it("should find through the index what a scan finds for every single character of every name", async () => {
    const characters = new Set((await namesMatching(".*")).flatMap((name) => [...name]));
    const lookedUp = [...characters].filter(indexed);
    expect(lookedUp.length).toBeGreaterThan(300);
    for (const character of lookedUp) {
      const hits = await search(character, false);
      expect(hits, character).toEqual(await search(character, true));
      expect(hits.length, character).toBeGreaterThan(0);
    }
  });

  it("should know the stop words the index leaves out", async () => {
    const { rows } = await runReadQuery(graph, "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords WHERE analyzer = 'cjk' RETURN stopwords", {});
    expect([...(rows[0]!.stopwords as string[])].sort()).toEqual([...CJK_STOP_WORDS].sort());
  });

  it.each([
    ["he", "letters found only inside an English stop word, which the index leaves out"],
    ["·", "punctuation"],
    ["（", "punctuation"],
  ])("should scan for %s (%s)", (query) => {
    expect(indexed(query)).toBe(false);
  });

  it.each([
    ["县", "县* OR *县 OR 县", "one ideograph: the start or end of a bigram, or alone"],
    ["G337", "*g337*", "letters and digits, lowercased as the index holds them"],
    ["县2021年", "县* OR *县 OR 县", "no two ideographs in a row"],
  ])("should look %s up in the index as %s (%s)", (query, anchor) => {
    expect(searchLookup([query]).candidates).toBe(`(${anchor})`);
  });

  it.each([
    ["闻喜县2021", "闻喜县", "ideographs and digits"],
    ["云鼎30兆瓦光伏电站", "兆瓦光伏电站", "the longest run of ideographs"],
  ])("should look %s up in the index through %s (%s)", (query, anchor) => {
    expect(searchLookup([query]).candidates).toBe(`("${anchor}")`);
  });
});
