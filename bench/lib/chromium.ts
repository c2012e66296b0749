/**
 * Headless Chromium for the benchmark
 * ===================================
 *
 * Debian's chromium through playwright-core, software WebGL (SwiftShader),
 * and a fresh profile for every page, so no cache or compiled shader helps
 * the next measurement.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.KG_CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--use-gl=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Runs `work` on a new page of a new browser with a new profile, then removes it all. */
export async function withFreshPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (apt-get install -y chromium, or set KG_CHROMIUM)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kg-bench-chromium-"));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 800 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return await work(page);
  } finally {
    await context?.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
