/**
 * kg command line
 * ===============
 *
 * One commander program; each command lives in its own module under
 * ./commands and registers itself. Results go to stdout, progress and
 * problems to stderr. Errors become one line on stderr and exit code 1:
 * typed errors with their message, and a Neo4j error that no command
 * explained with its code (never a stack trace for a server's answer).
 */
import { Command } from "commander";
import { KgError } from "../errors.ts";
import { registerExport } from "./commands/export.ts";
import { registerExportAdmin } from "./commands/export-admin.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerLoad } from "./commands/load.ts";
import { registerNeo4j } from "./commands/neo4j.ts";
import { registerQuery } from "./commands/query.ts";
import { registerServe } from "./commands/serve.ts";

type Registrar = (program: Command) => void;

const COMMANDS: Registrar[] = [registerExtract, registerIngest, registerLoad, registerQuery, registerNeo4j, registerServe, registerExport, registerExportAdmin];

export function buildProgram(): Command {
  const program = new Command("kg")
    .description("county-kg: knowledge graphs from Chinese local-government reports")
    .showHelpAfterError();
  for (const register of COMMANDS) register(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof KgError) {
      process.stderr.write(`kg: ${error.message}\n`);
      process.exitCode = process.exitCode || 1;
      return;
    }
    if (error instanceof Error && error.name === "Neo4jError") {
      const code = (error as { code?: string }).code ?? "unknown";
      process.stderr.write(`kg: Neo4j error (${code}): ${error.message.split("\n")[0]}\n`);
      process.exitCode = process.exitCode || 1;
      return;
    }
    throw error;
  }
}

await main(process.argv);
