/**
 * neo4j-admin database import
 * ===========================
 *
 * Runs `neo4j-admin database import full` of the project's local Neo4j
 * (the Neo4jAdminCommand class of the jars in .neo4j/lib: the same command
 * as bin/neo4j-admin of a server tarball) on an exported CSV layout. The
 * import replaces the instance's `neo4j` database, so the server must be
 * stopped; it is not started here.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { KgError } from "../errors.ts";
import type { LocalNeo4j } from "../neo4j/local-server.ts";
import { ARRAY_DELIMITER_OPTION } from "./csv.ts";
import type { AdminExport } from "./writer.ts";

const ADMIN_COMMAND = "org.neo4j.server.startup.Neo4jAdminCommand";

export class AdminImportError extends KgError {
  override name = "AdminImportError";
}

/** The neo4j-admin arguments that import an export into database `database`. */
export function importArguments(layout: AdminExport, database = "neo4j"): string[] {
  return [
    "database",
    "import",
    "full",
    // The database first: picocli would take a trailing name for one more input file.
    database,
    "--overwrite-destination=true",
    "--id-type=string",
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    "--multiline-fields=true",
    `--report-file=${path.join(layout.dir, "import.report")}`,
    ...layout.nodes.map((group) => `--nodes=${group.header},${group.data}`),
    ...layout.relationships.map((group) => `--relationships=${group.type}=${group.header},${group.data}`),
  ];
}

export interface AdminImportResult {
  seconds: number;
  output: string;
}

export async function runAdminImport(server: LocalNeo4j, layout: AdminExport, log: (line: string) => void = () => {}): Promise<AdminImportResult> {
  if (server.status().running) throw new AdminImportError(`${server.home}: stop the server first (neo4j-admin import replaces its database)`);
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, "bin", "java") : "java";
  const env = { ...process.env, NEO4J_HOME: server.home, NEO4J_CONF: path.join(server.home, "conf") };
  const started = performance.now();
  const child = spawn(java, ["-cp", path.join(server.libDir, "*"), ADMIN_COMMAND, ...importArguments(layout)], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    output += text;
    for (const line of text.split("\n")) if (/^(IMPORT DONE|Imported:|Peak memory|\S.*\d+% ∆)/.test(line.trim())) log(line.trim());
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new AdminImportError(`neo4j-admin database import failed (exit ${code}):\n${output.trim().split("\n").slice(-20).join("\n")}`);
  return { seconds: (performance.now() - started) / 1000, output };
}
