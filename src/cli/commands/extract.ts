/**
 * kg extract
 * ==========
 *
 * `kg extract [--format jsonl|pretty] PATH...`: prints the entities and
 * relations of every report found under the paths. Results go to stdout,
 * progress (on a terminal) and per-file problems to stderr; the exit code is
 * non-zero when any file could not be read.
 */
import type { Command } from "commander";
import { z } from "zod";
import { extractPaths } from "../../../ingest/pipeline.ts";
import { UsageError } from "../../errors.ts";
import type { FileProblem } from "../../types.ts";
import { FORMATTERS } from "../format-extraction.ts";
import { Progress } from "../progress.ts";

const OptionsSchema = z.object({ format: z.enum(["jsonl", "pretty"]) });

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities and relations (with evidence) from report files or folders")
    .argument("<paths...>", "files or folders (searched recursively)")
    .option("-f, --format <format>", "jsonl (one report per line) or pretty", "jsonl")
    .action(async (paths: string[], rawOptions: unknown) => {
      const parsed = OptionsSchema.safeParse(rawOptions);
      if (!parsed.success) throw new UsageError(`--format must be jsonl or pretty`);
      const problems = await runExtract(paths, parsed.data.format);
      if (problems.length > 0) process.exitCode = 1;
    });
}

export async function runExtract(paths: string[], format: "jsonl" | "pretty"): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  const progress = new Progress(process.stderr);
  const write = FORMATTERS[format];
  for await (const report of extractPaths(paths, {
    onProblem: (problem) => {
      problems.push(problem);
      progress.log(`kg: skipped ${problem.source}: ${problem.reason}`);
    },
    onFile: (_source, characters) => progress.advance(characters),
  })) {
    process.stdout.write(write(report));
  }
  progress.done();
  if (problems.length > 0) progress.log(`kg: ${problems.length} file(s) could not be read`);
  return problems;
}
