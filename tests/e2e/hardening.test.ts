/**
 * The explorer opened to others, in real chromium, on a private Neo4j (its
 * data would disturb the shared e2e graph): a report whose title, slogans
 * and sentences hold markup (`<img src=x onerror=alert(1)>`, `<script>`) is
 * ingested with `kg ingest`, and names, evidence, the report text and
 * Cypher results show it as text without running any of it; `kg serve
 * --host 0.0.0.0` wants its access token on every API call, and the link it
 * prints works; neither the Neo4j password nor the token shows up in logs
 * or API answers. The report is the sample corpus's 娄烦县 feature with the
 * markup added.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUi, uiBuildReason } from "../../src/server/ui-build.ts";
import { kg } from "../integration/kg-cli.ts";
import { startPrivateNeo4j, type PrivateNeo4j } from "../integration/private-neo4j.ts";
import { corpusFile } from "../helpers/corpus.ts";
import { launchChromium } from "./browser.ts";
import { startKgServe, type ServeProcess } from "./serve-process.ts";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";

let neo4j: PrivateNeo4j;
let neo4jEnv: NodeJS.ProcessEnv;
let dir: string;
let local: ServeProcess;
let shared: ServeProcess;
let context: BrowserContext;
let page: Page;
let cspViolations: string[];
const dialogs: string[] = [];
const apiAnswers: string[] = [];

async function settled(target: Page = page): Promise<void> {
  await target.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
  await target.waitForFunction(() => !document.body.classList.contains("busy"), null, { timeout: 60_000 });
}

/** Elements with an event-handler attribute (onerror=, onload=...): markup that became DOM. */
function handlerAttributes(target: Page = page): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll("*")].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.startsWith("on")).map((attribute) => `${element.tagName} ${attribute.name}`),
    ),
  );
}

function recordApiAnswers(target: Page): void {
  target.on("response", async (response) => {
    if (new URL(response.url()).pathname.startsWith("/api/")) apiAnswers.push(await response.text().catch(() => ""));
  });
}

describe("explorer hardening (browser, private Neo4j)", () => {
  beforeAll(async () => {
    neo4j = await startPrivateNeo4j("e2e-hardening");
    const connection = neo4j.connection();
    neo4jEnv = { NEO4J_URI: connection.uri, NEO4J_USERNAME: connection.username, NEO4J_PASSWORD: connection.password, NEO4J_DATABASE: "neo4j" };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-xss-"));
    const text = fs
      .readFileSync(corpusFile("000_"), "utf8")
      .replace("# 谱写娄烦高质量发展新篇章", `# 谱写娄烦高质量发展新篇章${IMG}`)
      .replace("开展问题整改再“回头看”", `开展问题整改再“回头看${IMG}”`)
      .replace("同时构建了“四位一体”", `同时构建了“${SCRIPT}四位一体”`);
    fs.writeFileSync(path.join(dir, "娄烦县 markup.txt"), text);
    const ingest = await kg(["ingest", dir], neo4jEnv);
    expect(ingest.code, ingest.stderr).toBe(0);
    if (uiBuildReason()) await buildUi();
    local = await startKgServe(neo4jEnv);
    shared = await startKgServe(neo4jEnv, ["--host", "0.0.0.0"]);
    ({ context, page, cspViolations } = await launchChromium());
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    recordApiAnswers(page);
  });

  afterAll(async () => {
    await context?.close();
    await local?.stop();
    await shared?.stop();
    await neo4j?.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("should show slogans, evidence and the report text holding markup as text, and run none of it", async () => {
    await page.goto(`${local.url}?q=${encodeURIComponent("回头看")}`);
    await settled();
    const slogan = await page.evaluate(() => (window.__kgExplorer as { graph: { findNode(f: (k: string, a: { label: string }) => boolean): string } }).graph.findNode((_key, attributes) => attributes.label.includes("<img")));
    expect(slogan).toMatch(/^slogan:/);

    await page.goto(`${local.url}?q=${encodeURIComponent("回头看")}&node=${encodeURIComponent(slogan)}`);
    await settled();
    const panel = page.locator("#side-panel");
    await panel.getByText(`回头看${IMG}`).first().waitFor();
    expect(await panel.locator(".evidence-item blockquote", { hasText: IMG }).count()).toBeGreaterThan(0);

    await panel.locator(".open-report").first().click();
    const dialog = page.locator("#report-dialog");
    await dialog.waitFor();
    expect(await dialog.locator("h2").textContent()).toBe(`谱写娄烦高质量发展新篇章${IMG}`);
    expect(await dialog.locator("#report-text").textContent()).toContain(`“${SCRIPT}四位一体”`);
    await page.keyboard.press("Escape");

    await page.goto(`${local.url}?tab=cypher`);
    await settled();
    await page.locator("#cypher-input").fill("MATCH (s:Slogan) WHERE s.name CONTAINS '<' RETURN s.name AS name ORDER BY name");
    await page.locator("#cypher-run").click();
    await page.locator("[data-testid=cypher-result]").getByText(`${SCRIPT}四位一体`).waitFor();

    expect(await handlerAttributes()).toEqual([]);
    expect(await page.locator("img, script:not([src])").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it("should print a link with the access token when shared, and refuse API calls without it", async () => {
    expect(shared.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{32}$/);
    const token = new URL(shared.url).hash.slice("#token=".length);
    const origin = new URL(shared.url).origin;
    expect(shared.output().stdout).toMatch(/for colleagues: http:\/\/\S+\/#token=/);
    expect((await fetch(`${origin}/api/health`)).status).toBe(401);
    expect((await fetch(`${origin}/api/health`, { headers: { authorization: "Bearer wrong-token-wrong-token-1234" } })).status).toBe(401);
    const health = await fetch(`${origin}/api/health`, { headers: { authorization: `Bearer ${token}` } });
    expect(health.status).toBe(200);
    expect((await health.json()).ok).toBe(true);
  });

  it("should work through the printed link, drop the token from the address bar, and say what is missing without it", async () => {
    await page.goto(shared.url);
    await settled();
    expect(page.url()).not.toContain("token");
    await page.goto(`${new URL(shared.url).origin}/?q=${encodeURIComponent("娄烦县")}`);
    await settled();
    await page.waitForSelector("body[data-graph-rendered=true]");
    expect(await page.evaluate(() => (window.__kgExplorer as { graph: { order: number } }).graph.order)).toBeGreaterThan(1);

    // a new tab has its own sessionStorage: the token does not follow a bare link
    const other = await context.newPage();
    try {
      await other.goto(`${new URL(shared.url).origin}/?q=${encodeURIComponent("娄烦县")}`);
      await other.waitForSelector(".message.error");
      expect(await other.locator(".message.error").first().textContent()).toContain("需要访问令牌");
    } finally {
      await other.close();
    }
  });

  it("should keep the Neo4j password and the access token out of logs and API answers", async () => {
    const password = neo4j.connection().password;
    const token = new URL(shared.url).hash.slice("#token=".length);
    expect(apiAnswers.length).toBeGreaterThan(5);
    for (const answer of apiAnswers) {
      expect(answer).not.toContain(password);
      expect(answer).not.toContain(token);
    }
    for (const server of [local, shared]) {
      const { stdout, stderr } = server.output();
      expect(stderr).toMatch(/^GET \/api\/health 200 \d+ms$/m);
      expect(`${stdout}${stderr}`).not.toContain(password);
      expect(stderr).not.toContain(token);
    }
    const tokenLines = shared.output().stdout.split("\n").filter((line) => line.includes(token));
    expect(tokenLines.every((line) => /^(county-kg explorer|  for colleagues): http:\/\/\S+\/#token=/.test(line))).toBe(true);
  });
});
