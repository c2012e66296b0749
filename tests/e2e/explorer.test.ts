/**
 * The explorer in a real browser: the sample corpus ingested into the e2e
 * Neo4j (tests/integration/global-setup.ts), `kg serve` started as a user
 * would, Debian's chromium driven by playwright-core. Walks what an analyst
 * does: land on companies across counties, search 闻喜县, expand, read
 * evidence and its source report, run Cypher, export GEXF and PNG.
 * Screenshots and measured timings go to test-results/e2e/ (git-ignored).
 */
import fs from "node:fs";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUi, uiBuildReason } from "../../src/server/ui-build.ts";
import { launchChromium, type ExplorerHandle } from "./browser.ts";
import { ensureCorpus } from "./corpus.ts";
import { startKgServe, type ServeProcess } from "./serve-process.ts";

const ARTEFACTS = path.resolve("test-results", "e2e");

let serve: ServeProcess;
let context: BrowserContext;
let page: Page;
let cspViolations: string[];
const timings: Record<string, number> = {};

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`) });
}

/** Waits until the explorer restored its URL state and nothing is loading. */
async function settled(): Promise<void> {
  await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
  await page.waitForFunction(() => !document.body.classList.contains("busy"), null, { timeout: 60_000 });
}

async function layoutStopped(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("#layout-toggle")?.classList.contains("running"), null, { timeout: 30_000 });
}

/** Nodes stay where they are drawn: no camera animation (focusing a node pans for 400 ms) and no layout running. */
async function graphStill(): Promise<void> {
  await layoutStopped();
  await page.waitForFunction(() => !(window.__kgExplorer as ExplorerHandle).renderer.getCamera().isAnimated(), null, { timeout: 30_000 });
}

/** Screen position of a node drawn by sigma (canvas: no DOM element to click). */
async function nodeOnScreen(key: string): Promise<{ x: number; y: number }> {
  await graphStill();
  const box = (await page.locator("#graph").boundingBox())!;
  const position = await page.evaluate((node) => (window.__kgExplorer as ExplorerHandle).nodePosition(node), key);
  expect(position, `node ${key} is drawn`).not.toBeNull();
  return { x: box.x + position!.x, y: box.y + position!.y };
}

const graphOrder = () => page.evaluate(() => (window.__kgExplorer as ExplorerHandle).graph.order);

describe("explorer (browser, real corpus)", () => {
  beforeAll(async () => {
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    timings.ingestMs = await ensureCorpus();
    if (uiBuildReason()) timings.uiBuildMs = await buildUi();
    let started = Date.now();
    serve = await startKgServe();
    timings.serveStartMs = Date.now() - started;
    started = Date.now();
    ({ context, page, cspViolations } = await launchChromium());
    timings.browserLaunchMs = Date.now() - started;
  });

  afterAll(async () => {
    await context?.close();
    await serve?.stop();
    fs.writeFileSync(path.join(ARTEFACTS, "timings.json"), `${JSON.stringify({ ...timings, api: serve?.latencies() ?? {} }, null, 2)}\n`);
  });

  it("should open on companies across counties, with the table and its graph", async () => {
    const started = Date.now();
    await page.goto(serve.url);
    await settled();
    await page.waitForSelector("body[data-graph-rendered=true]");
    timings.homeReadyMs = Date.now() - started;
    timings.homeFirstRenderMs = (await page.evaluate(() => window.__kgMetrics.firstGraphRenderMs)) ?? -1;
    const rows = page.locator("[data-testid=companies-table] tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    const firstCounties = Number(await rows.first().locator("td").nth(1).textContent());
    expect(firstCounties).toBeGreaterThanOrEqual(2);
    expect(await graphOrder()).toBeGreaterThan(2);
    expect(page.url()).toContain("query=companies-across-counties");
    await layoutStopped();
    await shot("01-home-companies-across-counties");
  });

  it("should sort the companies table and let a row select the company in the graph", async () => {
    const header = page.locator("[data-testid=companies-table] th", { hasText: "证据数" });
    await header.click();
    const evidence = await page.locator("[data-testid=companies-table] tbody tr td:nth-child(4)").allTextContents();
    const numbers = evidence.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const row = page.locator("[data-testid=companies-table] tbody tr").first();
    const company = (await row.locator("td").first().textContent())!;
    await row.click();
    await page.waitForSelector("#node-details");
    expect(await page.locator("#node-details h2").textContent()).toBe(company);
    expect(page.url()).toMatch(/node=company%3A/);
    await shot("02-company-selected");
  });

  it("should show why a company appears in a county: the evidence of its APPEARS_IN edge", async () => {
    // An edge of the company just selected: the camera has centred it, so its edges are on screen.
    const company = new URL(page.url()).searchParams.get("node");
    expect(company).toMatch(/^company:/);
    const edge = await page.evaluate((node) => {
      const { graph } = window.__kgExplorer as ExplorerHandle;
      return graph.findEdge(node, (_key: string, attributes: { relType: string }) => attributes.relType === "APPEARS_IN") ?? null;
    }, company);
    expect(edge).not.toBeNull();
    const [source, target] = await page.evaluate((key) => (window.__kgExplorer as ExplorerHandle).graph.extremities(key), edge!);
    const a = await nodeOnScreen(source);
    const b = await nodeOnScreen(target);
    // A label or another edge may lie on the middle of the line: try a few points along it.
    for (const along of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      await page.mouse.click(a.x + (b.x - a.x) * along, a.y + (b.y - a.y) * along);
      const shown = await page.locator("#edge-details .evidence-item").first().waitFor({ timeout: 2_000 }).then(() => true, () => false);
      if (shown) break;
    }
    await page.waitForSelector("#edge-details .evidence-item");
    expect(page.url()).toContain("edge=APPEARS_IN");
    expect(await page.locator("#edge-details .evidence-item").count()).toBeGreaterThan(0);
    expect(await page.locator("#edge-details mark.mention").count()).toBeGreaterThan(0);
    await shot("03-appears-in-evidence");
  });

  it("should suggest 闻喜县 while typing and show its neighbourhood on Enter", async () => {
    const input = page.locator("#search-input");
    await input.fill("闻喜");
    await page.waitForSelector("#search-suggestions li");
    expect(await page.locator("#search-suggestions li").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("闻喜县")]));
    await input.fill("闻喜县");
    const started = Date.now();
    await input.press("Enter");
    await page.waitForSelector("#node-details h2:text-is('闻喜县')");
    await settled();
    timings.searchToDetailsMs = Date.now() - started;
    expect(decodeURIComponent(page.url())).toContain("q=闻喜县");
    expect(await graphOrder()).toBeGreaterThan(5);
    expect(await page.locator("#node-details .fact-list .fact").count()).toBeGreaterThan(0);
    await layoutStopped();
    await shot("04-search-wenxi");
  });

  it("should open /?q=聞喜縣 (Traditional) on the same county, searched in both scripts", async () => {
    const started = Date.now();
    await page.goto(`${serve.url}?q=${encodeURIComponent("聞喜縣")}`);
    await settled();
    await page.waitForSelector("#node-details h2:text-is('闻喜县')");
    timings.sharedUrlToDetailsMs = Date.now() - started;
    expect(await page.locator("#search-results").textContent()).toContain("闻喜县");
  });

  it("should expand a neighbour on double-click, adding its own neighbours", async () => {
    await layoutStopped();
    const neighbour = await page.evaluate(() => {
      const { graph } = window.__kgExplorer as ExplorerHandle;
      const focus = graph.findNode((_key: string, attributes: { label: string }) => attributes.label === "闻喜县")!;
      // The neighbour with the most relationships in the database has the most to add.
      return graph
        .neighbors(focus)
        .filter((key: string) => graph.getNodeAttribute(key, "kind") !== "Report")
        .sort((a: string, b: string) => graph.getNodeAttribute(b, "degree") - graph.getNodeAttribute(a, "degree"))[0];
    });
    const before = await graphOrder();
    const point = await nodeOnScreen(neighbour);
    const started = Date.now();
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction((count) => (window.__kgExplorer as ExplorerHandle).graph.order > count, before, { timeout: 30_000 });
    timings.expandMs = Date.now() - started;
    await page.waitForSelector(`#node-details[data-id="${neighbour}"]`);
    await layoutStopped();
    await shot("05-expanded");
  });

  it("should highlight a hovered node's neighbourhood through the reducers, leaving the graph's colours alone", async () => {
    await layoutStopped();
    const focus = await page.evaluate(() => {
      const { graph } = window.__kgExplorer as ExplorerHandle;
      return graph.findNode((_key: string, attributes: { label: string }) => attributes.label === "闻喜县");
    });
    const point = await nodeOnScreen(focus);
    await page.mouse.move(point.x, point.y);
    const state = await page.waitForFunction(
      (node) => {
        const { graph, renderer } = window.__kgExplorer as ExplorerHandle;
        const neighbours = new Set(graph.neighbors(node));
        const far = graph.findNode((key: string) => key !== node && !neighbours.has(key));
        if (!far) return null;
        const shown = renderer.getNodeDisplayData(far);
        if (shown.color !== "#e4e4e4") return null;
        return { farLabel: shown.label, farColour: graph.getNodeAttribute(far, "color"), neighbourLabel: renderer.getNodeDisplayData([...neighbours][0]).label };
      },
      focus,
      { timeout: 10_000 },
    );
    const { farLabel, farColour, neighbourLabel } = (await state.jsonValue())!;
    expect(farLabel).toBe("");
    expect(farColour).not.toBe("#e4e4e4");
    expect(neighbourLabel).not.toBe("");
    await shot("06a-hover-neighbourhood");
    await page.mouse.move(5, 5);
  });

  it("should open the evidence of a fact in its source report", async () => {
    await page.goto(`${serve.url}?q=${encodeURIComponent("闻喜县")}`);
    await settled();
    const fact = page.locator("#node-details .evidence-item").first();
    await fact.waitFor();
    expect(await fact.locator("mark.mention").count()).toBeGreaterThan(0);
    const sentence = (await fact.locator("blockquote").textContent())!;
    await fact.locator("a.open-report").click();
    await page.waitForSelector("#report-dialog h2");
    expect(await page.locator("#report-dialog h2").textContent()).toContain("闻喜县");
    const marked = page.locator("#report-dialog mark.evidence-mark");
    if (await marked.count()) expect(await marked.textContent()).toBe(sentence);
    else expect(await page.locator("#report-dialog").textContent()).toContain(sentence);
    await shot("06-source-report");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#report-view", { state: "hidden" });
  });

  it("should hide a kind from the legend without losing it from the graph", async () => {
    const order = await graphOrder();
    await page.locator("#legend input[data-kind=Slogan]").uncheck();
    const hidden = await page.evaluate(() => {
      const { graph, renderer } = window.__kgExplorer as ExplorerHandle;
      return graph.filterNodes((_key: string, attributes: { kind: string }) => attributes.kind === "Slogan").every((key: string) => renderer.getNodeDisplayData(key)?.hidden);
    });
    expect(hidden).toBe(true);
    expect(await graphOrder()).toBe(order);
    expect(page.url()).toContain("hide=Slogan");
    await shot("07-slogans-hidden");
    await page.locator("#legend input[data-kind=Slogan]").check();
  });

  it("should run Cypher from the console and show the result as a table and a graph", async () => {
    await page.locator("#tab-cypher").click();
    await page.locator("#cypher-input").fill("MATCH p=(k:County {name: '闻喜县'})-[:HAS_PROJECT]->(:Project)-[:INVOLVES]->(:Company) RETURN p LIMIT 20");
    const started = Date.now();
    await page.locator("#cypher-run").click();
    await page.waitForSelector("[data-testid=cypher-result] tbody tr");
    timings.cypherMs = Date.now() - started;
    const rows = await page.locator("[data-testid=cypher-result] tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    const kinds = await page.evaluate(() => {
      const { graph } = window.__kgExplorer as ExplorerHandle;
      return [...new Set(graph.mapNodes((_key: string, attributes: { kind: string }) => attributes.kind))].sort();
    });
    expect(kinds).toEqual(["Company", "County", "Project"]);
    expect(page.url()).toContain("cypher=");
    await layoutStopped();
    await shot("08-cypher-console");
  });

  it.each([
    ["a syntax error", "MATCH (n RETURN n", "Neo.ClientError.Statement.SyntaxError"],
    ["a write", "CREATE (n:Intruder) RETURN n", "read-only"],
  ])("should show Neo4j's message for %s", async (_what, query, expected) => {
    await page.locator("#cypher-input").fill(query);
    await page.locator("#cypher-run").click();
    await page.waitForSelector("#cypher-error");
    expect(await page.locator("#cypher-error").textContent()).toContain(expected);
  });

  it("should export the current view as GEXF that graphology-gexf reads, evidence on the edges", async () => {
    await page.goto(`${serve.url}?q=${encodeURIComponent("闻喜县")}`);
    await settled();
    await page.locator("#export-format").selectOption("gexf");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-button").click()]);
    const file = path.join(ARTEFACTS, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const parsed = parseGexf(MultiDirectedGraph, fs.readFileSync(file, "utf8"));
    expect(parsed.order).toBe(await graphOrder());
    const county = parsed.findNode((_key, attributes) => attributes.label === "闻喜县");
    expect(county).toBeDefined();
    const withEvidence = parsed.filterEdges((_key, attributes) => typeof attributes.evidence === "string" && attributes.evidence.length > 0);
    expect(withEvidence.length).toBeGreaterThan(0);
    expect(parsed.getNodeAttribute(county!, "x")).toEqual(expect.any(Number));
  });

  it("should export the view as a PNG image", async () => {
    await page.locator("#export-format").selectOption("png");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-button").click()]);
    const file = path.join(ARTEFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it("should switch the interface to English and keep it in the URL", async () => {
    await page.locator("#language-switch").click();
    expect(await page.locator("#tab-companies").textContent()).toBe("Companies across counties");
    expect(page.url()).toContain("lang=en");
    await shot("09-english");
    await page.locator("#language-switch").click();
    expect(await page.locator("#tab-companies").textContent()).toBe("跨县企业");
  });

  it("should run ForceAtlas2 in its blob: web worker and everything else under the Content-Security-Policy, nothing blocked", async () => {
    const response = await page.goto(`${serve.url}?q=${encodeURIComponent("闻喜县")}`);
    expect(response?.headers()["content-security-policy"]).toContain("worker-src 'self' blob:");
    await settled();
    await layoutStopped();
    const node = await page.evaluate(() => (window.__kgExplorer as ExplorerHandle).graph.nodes()[0] as string);
    const before = await page.evaluate((key) => (window.__kgExplorer as ExplorerHandle).graph.getNodeAttributes(key), node);
    await page.locator("#layout-toggle").click();
    await page.waitForFunction(
      ([key, x, y]) => {
        const attributes = (window.__kgExplorer as ExplorerHandle).graph.getNodeAttributes(key);
        return attributes.x !== x || attributes.y !== y;
      },
      [node, before.x, before.y] as const,
      { timeout: 10_000 },
    );
    await page.locator("#layout-toggle").click();
    await layoutStopped();
    expect(cspViolations).toEqual([]);
  });

  it("should say clearly when Neo4j is down", async () => {
    const down = await startKgServe({ NEO4J_URI: "bolt://127.0.0.1:9", NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: "unused" });
    try {
      await page.goto(`${down.url}?q=${encodeURIComponent("闻喜县")}`);
      await page.waitForSelector(".message.error");
      expect(await page.locator(".message.error").first().textContent()).toContain("无法连接 Neo4j");
      await page.waitForSelector("#neo4j-status.down");
      await shot("10-neo4j-down");
    } finally {
      await down.stop();
    }
  });
});
