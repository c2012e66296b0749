/**
 * Explorer search without a scan: for queries of two or more ideographs the
 * substring matches come from the full-text index (cypher/explorer/search.cypher,
 * $scan false). On the loader fixture (闻喜县 and 襄汾县 2021 reports), every
 * such query must give exactly the hits, order and counties of a scan over all
 * entities.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCypher } from "../../src/neo4j/cypher-files.ts";
import type { Graph } from "../../src/neo4j/driver.ts";
import { runReadQuery } from "../../src/neo4j/read.ts";
import { isHanPhrase } from "../../src/server/explorer-service.ts";
import { phraseQuery } from "../../src/server/lucene.ts";
import { scriptVariants } from "../../src/server/script-variants.ts";
import { openFixtureGraph } from "./neo4j-context.ts";

let graph: Graph;

async function search(query: string, scan: boolean) {
  const variants = scriptVariants(query);
  const { rows } = await runReadQuery(graph, loadCypher("explorer/search"), { lucene: phraseQuery(variants), variants, limit: 20, scan });
  return rows;
}

describe("explorer search", () => {
  beforeAll(async () => {
    graph = await openFixtureGraph();
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
    expect(scriptVariants(query).every(isHanPhrase)).toBe(true);
    expect(await search(query, false)).toEqual(await search(query, true));
  });

  it("should find through the index what a scan finds for every two- and three-character part of every name", async () => {
    const { rows } = await runReadQuery(graph, "MATCH (e:Entity) RETURN e.name AS name ORDER BY name", {}, { maxRows: 10_000 });
    const parts = new Set<string>();
    for (const { name } of rows) {
      const text = String(name);
      for (let i = 0; i + 2 <= text.length; i += 1) parts.add(text.slice(i, i + 2)).add(text.slice(i, i + 3));
    }
    const phrases = [...parts].filter((part) => scriptVariants(part).every(isHanPhrase)).slice(0, 400);
    expect(phrases.length).toBeGreaterThan(50);
    let found = 0;
    for (const phrase of phrases) {
      const indexed = await search(phrase, false);
      expect(indexed, phrase).toEqual(await search(phrase, true));
      if (indexed.length > 0) found += 1;
    }
    expect(found).toBe(phrases.length);
  });

  it.each([
    ["县", "one character, which the bigram index does not hold"],
    ["ABC", "Latin letters"],
    ["闻喜县2021", "ideographs and digits"],
  ])("should scan for %s (%s)", (query) => {
    expect(scriptVariants(query).every(isHanPhrase)).toBe(false);
  });
});
