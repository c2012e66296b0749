/**
 * Configuration
 * =============
 *
 * Where the Neo4j connection and the local server settings come from, in one
 * place. Precedence for the connection: CLI flags, then NEO4J_* environment
 * variables, then the Neo4j that the project provisions in `.neo4j/`.
 * Everything read from the outside is validated with zod here, so the rest of
 * the code can trust it.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { UsageError } from "./errors.ts";

/** The repository root (this file lives in src/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const DEFAULT_BOLT_PORT = 7687;
/** 5.26 is the LTS line that runs on Java 17 (2025.x needs Java 21). */
export const DEFAULT_NEO4J_VERSION = "5.26.30";
export const DEFAULT_DATABASE = "neo4j";
export const LOCAL_USERNAME = "neo4j";

const MEMORY_SIZE = /^\d+[kmg]$/i;
const NEO4J_URI = /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/;

const LocalSettingsSchema = z.object({
  /** Folder holding the server jars and every local instance (git-ignored). */
  home: z.string().min(1),
  /** Which server under `home`: "main" holds the user's graph; tests use their own. */
  instance: z.string().regex(/^[a-z][a-z0-9-]*$/, "lower-case letters, digits and dashes"),
  version: z.string().regex(/^5\.\d+\.\d+$/, "a Neo4j 5.x version such as 5.26.30"),
  boltPort: z.coerce.number().int().min(1).max(65535),
  heap: z.string().regex(MEMORY_SIZE, "a size such as 512m or 1g"),
  pageCache: z.string().regex(MEMORY_SIZE, "a size such as 512m or 1g"),
});
export type LocalNeo4jSettings = z.infer<typeof LocalSettingsSchema>;

/**
 * Settings of the project's own Neo4j. Sized for a 2-core machine: the data
 * of a few thousand reports fits in 512 MiB of page cache, and a 1 GiB heap
 * leaves room for batched loads of whole reports.
 */
export function localNeo4jSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  return parseOrThrow(LocalSettingsSchema, "local Neo4j settings (KG_NEO4J_*)", {
    home: path.resolve(env.KG_NEO4J_HOME ?? path.join(REPO_ROOT, ".neo4j")),
    instance: env.KG_NEO4J_INSTANCE ?? "main",
    version: env.KG_NEO4J_VERSION ?? DEFAULT_NEO4J_VERSION,
    boltPort: env.KG_NEO4J_BOLT_PORT ?? DEFAULT_BOLT_PORT,
    heap: env.KG_NEO4J_HEAP ?? "1g",
    pageCache: env.KG_NEO4J_PAGECACHE ?? "512m",
  });
}

const ConnectionSchema = z.object({
  uri: z.string().regex(NEO4J_URI, "a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI"),
  username: z.string().min(1),
  password: z.string().min(1),
  /** null = the server's default database. */
  database: z.string().min(1).nullable(),
});

export interface Neo4jConnection extends z.infer<typeof ConnectionSchema> {
  /** Which Neo4j this is: one named by flags/env, or the project's local one. */
  origin: "external" | "local";
}

/** Connection options as given on the command line (global flags). */
export interface ConnectionFlags {
  neo4jUri?: string;
  neo4jUsername?: string;
  neo4jPassword?: string;
  neo4jDatabase?: string;
}

export interface LocalCredentials {
  uri: string;
  username: string;
  password: string;
}

export interface ResolveConnectionOptions {
  flags?: ConnectionFlags;
  env?: NodeJS.ProcessEnv;
  /** Credentials of the local Neo4j; asked for only when no URI is given. */
  local?: () => LocalCredentials;
}

/**
 * The Neo4j to talk to. A URI from flags or env selects an external Neo4j
 * (its username and password must come from flags or env as well); without
 * one, the project's local Neo4j is used.
 */
export function resolveConnection(options: ResolveConnectionOptions = {}): Neo4jConnection {
  const flags = options.flags ?? {};
  const env = options.env ?? process.env;
  const uri = flags.neo4jUri ?? nonEmpty(env.NEO4J_URI);
  const database = flags.neo4jDatabase ?? nonEmpty(env.NEO4J_DATABASE) ?? null;
  if (uri) {
    const connection = parseOrThrow(ConnectionSchema, "Neo4j connection (NEO4J_* / --neo4j-*)", {
      uri,
      username: flags.neo4jUsername ?? nonEmpty(env.NEO4J_USERNAME) ?? "neo4j",
      password: flags.neo4jPassword ?? nonEmpty(env.NEO4J_PASSWORD) ?? "",
      database,
    });
    return { ...connection, origin: "external" };
  }
  if (!options.local) throw new UsageError("no Neo4j configured: set NEO4J_URI or run `kg neo4j start`");
  const local = options.local();
  return { ...parseOrThrow(ConnectionSchema, "local Neo4j", { ...local, database: database ?? DEFAULT_DATABASE }), origin: "local" };
}

/**
 * A URI for messages and API answers: without user:password@ (which
 * NEO4J_URI may carry) or a query string.
 */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z0-9+.-]+:\/\/)[^@/\s]*@/i, "$1").replace(/\?.*$/, "");
}

/** Reads a secret file written by `kg neo4j install` (mode 0600). */
export function readSecretFile(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    throw new UsageError(`${file}: missing; run \`kg neo4j install\` to create the local Neo4j`);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== "" ? value.trim() : undefined;
}

function parseOrThrow<T extends z.ZodType>(schema: T, what: string, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "value"}: ${issue.message}`);
  throw new UsageError(`invalid ${what}: ${problems.join("; ")}`);
}
