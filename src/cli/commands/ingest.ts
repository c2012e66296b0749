/**
 * kg ingest
 * =========
 *
 * `kg ingest PATH...` = extract + load: runs the extraction pipeline over
 * files and folders and streams the reports into Neo4j, in transactions of
 * whole reports. Re-ingesting unchanged files changes nothing; a changed
 * file replaces its reports' facts; a file the graph holds as it is (same
 * bytes, same extractor) is not even read again (src/neo4j/ingest.ts). Files
 * that cannot be read are reported on stderr (exit code 1) and the others
 * still load.
 */
import type { Command } from "commander";
import { defaultWorkerCount } from "../../../ingest/parallel.ts";
import type { FileProblem } from "../../types.ts";
import { ingestPaths } from "../../neo4j/ingest.ts";
import { parseLoadFlags, withLoad } from "./load.ts";
import { addConnectionOptions } from "./neo4j.ts";
import { parseWorkers } from "./extract.ts";

export function registerIngest(program: Command): void {
  addConnectionOptions(program);
  program
    .command("ingest")
    .description("extract reports from files or folders and load them into Neo4j (idempotent)")
    .argument("<paths...>", "report files or folders (searched recursively)")
    .option("--force", "reload reports even if unchanged")
    .option("--batch <reports>", "reports per transaction", "25")
    .option("-w, --workers <n>", "worker threads extracting in parallel (0 = in this thread)", String(defaultWorkerCount()))
    .action(async (paths: string[], rawFlags: unknown, command: Command) => {
      const flags = parseLoadFlags(rawFlags);
      const workers = parseWorkers((rawFlags as { workers?: unknown }).workers);
      const problems: FileProblem[] = [];
      const onFileProblem = (problem: FileProblem) => {
        problems.push(problem);
        process.stderr.write(`kg: skipped ${problem.source}: ${problem.reason}\n`);
      };
      await withLoad(command, flags, (graph, options) => ingestPaths(graph, paths, { ...options, workers, onFileProblem }));
      if (problems.length > 0) {
        process.stderr.write(`kg: ${problems.length} file(s) could not be read\n`);
        process.exitCode = 1;
      }
    });
}
