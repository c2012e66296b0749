/**
 * npm run bench
 * =============
 *
 * `npm run bench -- [--sizes 100,1000,10000] [--only extract,load] [--skip ui]
 *   [--workers N] [--seed S] [--nodes 1000,10000,50000] [--requests 50] [--repeat 1] [--record]`
 *
 * Generates the synthetic corpora (bench/corpus, cached in bench/out), runs
 * the selected stages and prints one table: each figure with the ceiling it
 * is compared to, measured in the same run, and the ratio. `--record` also
 * writes the table and the machine to bench/RESULTS.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { BenchContext, type RunOptions } from "./lib/context.ts";
import { describeMachine, machineLine } from "./lib/machine.ts";
import { REPO_ROOT } from "./lib/probe.ts";
import { formatTable, markdownTable, type Figure } from "./lib/table.ts";
import { STAGES } from "./stages/index.ts";

const list = (what: string) =>
  z.string().transform((text, ctx) => {
    const values = text.split(",").map((part) => Number(part.trim().replace(/_/g, "")));
    if (values.some((value) => !Number.isInteger(value) || value < 1)) ctx.addIssue({ code: "custom", message: `--${what}: whole numbers, comma-separated` });
    return values;
  });

const ArgsSchema = z.object({
  sizes: list("sizes"),
  nodes: list("nodes"),
  only: z.string().optional(),
  skip: z.string().optional(),
  workers: z.coerce.number().int().min(1).max(64),
  seed: z.coerce.number().int().min(0),
  requests: z.coerce.number().int().min(5).max(10_000),
  repeat: z.coerce.number().int().min(1).max(10),
  record: z.boolean(),
});

function parseOptions(): { run: RunOptions; stages: string[]; record: boolean } {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "100,1000,10000" },
      nodes: { type: "string", default: "1000,10000,50000" },
      only: { type: "string" },
      skip: { type: "string" },
      workers: { type: "string", default: String(os.availableParallelism()) },
      seed: { type: "string", default: "1" },
      requests: { type: "string", default: "50" },
      repeat: { type: "string", default: "1" },
      record: { type: "boolean", default: false },
    },
  });
  const parsed = ArgsSchema.safeParse(values);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join("; "));
  const args = parsed.data!;
  const known = STAGES.map((stage) => stage.name);
  const only = args.only?.split(",").map((name) => name.trim()) ?? known;
  const skip = new Set(args.skip?.split(",").map((name) => name.trim()) ?? []);
  for (const name of [...only, ...skip]) if (!known.includes(name)) fail(`unknown stage ${name} (stages: ${known.join(", ")})`);
  return {
    run: { sizes: args.sizes, seed: args.seed, workers: args.workers, nodeSizes: args.nodes, requests: args.requests, repeat: args.repeat },
    stages: known.filter((name) => only.includes(name) && !skip.has(name)),
    record: args.record,
  };
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { run, stages, record } = parseOptions();
  const machine = describeMachine();
  const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  log(`stages ${stages.join(", ")}; sizes ${run.sizes.join(", ")}; ${machineLine(machine)}`);
  const context = new BenchContext(run, log);
  const figures: Figure[] = [];
  const failures: string[] = [];
  for (const stage of STAGES.filter((candidate) => stages.includes(candidate.name))) {
    try {
      const produced = await stage.run(context);
      for (const figure of produced) log(`figure: ${formatTable([figure]).split("\n").at(-1)}`);
      figures.push(...produced);
    } catch (error) {
      const message = `${stage.name}: ${(error as Error).message}`;
      failures.push(message);
      log(`stage failed: ${message}`);
    } finally {
      await stage.cleanup?.(context);
    }
  }
  await context.finish();
  const table = formatTable(figures);
  process.stdout.write(`\n${machineLine(machine)}\n\n${table}\n`);
  if (failures.length > 0) process.stdout.write(`\nstages that failed:\n${failures.map((line) => `  ${line}`).join("\n")}\n`);
  if (record) {
    const file = path.join(REPO_ROOT, "bench", "RESULTS.md");
    fs.writeFileSync(file, resultsMarkdown(machineLine(machine), process.argv.slice(2).join(" "), figures, failures) + keptNotes(file));
    log(`wrote ${file}`);
  }
  if (failures.length > 0) process.exitCode = 1;
}

const NOTES_MARKER = "<!-- notes: kept when the table is re-recorded -->";

/** Hand-written notes below the marker survive a new --record. */
function keptNotes(file: string): string {
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const at = previous.indexOf(NOTES_MARKER);
  return `\n${at >= 0 ? previous.slice(at) : `${NOTES_MARKER}\n`}`;
}

function resultsMarkdown(machine: string, args: string, figures: readonly Figure[], failures: readonly string[]): string {
  return [
    "# Benchmark results",
    "",
    `Written by \`npm run bench -- ${args}\`. Machine: ${machine}.`,
    "",
    "Each figure is compared to a ceiling measured in the same run; ratio = value / ceiling.",
    "",
    markdownTable(figures),
    "",
    ...(failures.length > 0 ? ["Stages that failed:", "", ...failures.map((line) => `- ${line}`), ""] : []),
  ].join("\n");
}

await main();
