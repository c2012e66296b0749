/**
 * Debian's chromium for browser tests
 * ===================================
 *
 * playwright-core drives /usr/bin/chromium (install it with
 * `apt-get install -y chromium`; tools that download their own browser do
 * not work here), headless, with software WebGL for sigma, in a fresh
 * profile that is removed when the context closes. Everything the
 * Content-Security-Policy blocks (a `securitypolicyviolation` event in any
 * page, or Chromium's "Refused to ..." console error) lands in
 * `cspViolations`, so tests can check that the policy lets the app work.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.KG_CHROMIUM ?? "/usr/bin/chromium";

const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--use-gl=swiftshader",
  "--enable-unsafe-swiftshader",
];

/** What graph-ui/src/main.ts exposes on window.__kgExplorer for tests. */
export interface ExplorerHandle {
  // graphology and sigma instances, used through their public APIs in page.evaluate
  graph: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  renderer: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  nodePosition(node: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __kgMetrics: { firstGraphRenderMs: number | null; restoredMs: number | null };
    __kgExplorer: unknown;
    __kgCspViolation(text: string): void;
  }
}

export interface Chromium {
  context: BrowserContext;
  page: Page;
  /** What the Content-Security-Policy blocked, since launch, in every page of the context. */
  cspViolations: string[];
}

const REPORT_VIOLATIONS = `document.addEventListener("securitypolicyviolation", (event) => {
  window.__kgCspViolation(event.violatedDirective + " blocked " + (event.blockedURI || "inline") + " at " + event.sourceFile + ":" + event.lineNumber);
});`;

export async function launchChromium(): Promise<Chromium> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
    locale: "zh-CN",
  });
  // chromium may still be writing into the profile while it exits: retry, and never fail the run over a temp folder
  context.on("close", () => {
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      process.stderr.write(`[browser] could not remove ${profile}: ${(error as Error).message}\n`);
    }
  });
  const cspViolations: string[] = [];
  await context.exposeFunction("__kgCspViolation", (text: string) => cspViolations.push(text));
  await context.addInitScript(REPORT_VIOLATIONS);
  const watch = (page: Page) =>
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) cspViolations.push(`console: ${message.text()}`);
    });
  context.on("page", watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  page.setDefaultTimeout(30_000);
  page.on("pageerror", (error) => process.stderr.write(`[browser] page error: ${error.message}\n`));
  return { context, page, cspViolations };
}
