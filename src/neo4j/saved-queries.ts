/**
 * Saved queries
 * =============
 *
 * The registry of cypher/queries/*.cypher, shared by `kg query` and the HTTP
 * API. Each file opens with a header comment that declares it:
 *
 *   // name: county-profile
 *   // description: What the reports say about one county: ...
 *   //   (indented comment lines continue the description)
 *   // param county: string — county name, alias or id (e.g. 闻喜县)
 *   // param limit: integer = 50 — most rows returned
 *   // column county — the county's name
 *
 * Params without a default are required. `bindParams` checks and converts
 * the values a user gives (strings from a command line or URL, or JSON).
 */
import path from "node:path";
import { z } from "zod";
import { listCypherFiles, loadCypher } from "./cypher-files.ts";
import { SavedQueryError } from "./errors.ts";

export const PARAM_TYPES = ["string", "integer", "float", "boolean"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];
export type ParamValue = string | number | boolean;

export interface SavedQueryParam {
  name: string;
  type: ParamType;
  description: string;
  /** Absent: the parameter is required. */
  default?: ParamValue;
}

export interface SavedQueryColumn {
  name: string;
  description: string;
}

export interface SavedQuery {
  name: string;
  description: string;
  params: SavedQueryParam[];
  columns: SavedQueryColumn[];
  cypher: string;
  /** Path of the file, relative to cypher/. */
  file: string;
}

const NAME = /^[a-z][a-z0-9-]*$/;
const PARAM_LINE = /^param\s+([A-Za-z_]\w*)\s*:\s*(\w+)(?:\s*=\s*(.+?))?\s+[—-]\s+(.+)$/;
const COLUMN_LINE = /^column\s+([A-Za-z_]\w*)\s+[—-]\s+(.+)$/;

const HeaderSchema = z.object({
  name: z.string().regex(NAME, "kebab-case name"),
  description: z.string().min(10, "a sentence or more"),
  params: z.array(
    z.object({
      name: z.string(),
      type: z.enum(PARAM_TYPES),
      description: z.string().min(1),
      default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    }),
  ),
  columns: z.array(z.object({ name: z.string(), description: z.string().min(1) })).min(1, "at least one column"),
});

/** Parses one saved query file (text) into its declaration. */
export function parseSavedQuery(text: string, file: string): SavedQuery {
  const header: { name?: string; description: string[]; params: SavedQueryParam[]; columns: SavedQueryColumn[] } = {
    description: [],
    params: [],
    columns: [],
  };
  let last: "description" | null = null;
  for (const line of text.split("\n")) {
    if (!line.startsWith("//")) break;
    const body = line.slice(2);
    const content = body.trim();
    if (/^\s{2,}\S/.test(body) && last === "description") {
      header.description.push(content);
      continue;
    }
    last = null;
    if (content.startsWith("name:")) header.name = content.slice(5).trim();
    else if (content.startsWith("description:")) {
      header.description.push(content.slice(12).trim());
      last = "description";
    } else if (content.startsWith("param ")) header.params.push(parseParam(content, file));
    else if (content.startsWith("column ")) header.columns.push(parseColumn(content, file));
  }
  const parsed = HeaderSchema.safeParse({ ...header, description: header.description.join(" ") });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SavedQueryError(`${file}: bad header: ${issue.path.join(".") || "header"}: ${issue.message}`);
  }
  return { ...parsed.data, cypher: text, file } as SavedQuery;
}

function parseParam(content: string, file: string): SavedQueryParam {
  const match = PARAM_LINE.exec(content);
  if (!match) throw new SavedQueryError(`${file}: cannot read "${content}" (expected: param NAME: TYPE [= DEFAULT] — DESCRIPTION)`);
  const [, name, type, defaultText, description] = match as unknown as [string, string, string, string | undefined, string];
  if (!(PARAM_TYPES as readonly string[]).includes(type)) throw new SavedQueryError(`${file}: param ${name}: unknown type ${type}`);
  const param: SavedQueryParam = { name, type: type as ParamType, description };
  if (defaultText !== undefined) param.default = coerce(param, defaultText, file);
  return param;
}

function parseColumn(content: string, file: string): SavedQueryColumn {
  const match = COLUMN_LINE.exec(content);
  if (!match) throw new SavedQueryError(`${file}: cannot read "${content}" (expected: column NAME — DESCRIPTION)`);
  return { name: match[1]!, description: match[2]! };
}

let registry: Map<string, SavedQuery> | null = null;

/** Every saved query, sorted by name. */
export function listSavedQueries(): SavedQuery[] {
  if (!registry) {
    registry = new Map();
    for (const name of listCypherFiles("queries")) {
      const query = parseSavedQuery(loadCypher(name), `${name}.cypher`);
      if (query.name !== path.basename(name)) throw new SavedQueryError(`${name}.cypher: header name ${query.name} differs from the file name`);
      registry.set(query.name, query);
    }
  }
  return [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function getSavedQuery(name: string): SavedQuery {
  const query = listSavedQueries().find((candidate) => candidate.name === name);
  if (!query) {
    const names = listSavedQueries().map((candidate) => candidate.name);
    throw new SavedQueryError(`no saved query named "${name}"; saved queries: ${names.join(", ")}`);
  }
  return query;
}

/**
 * The parameters to run `query` with: given values converted to the declared
 * types, defaults filled in. Unknown or missing parameters are errors.
 */
export function bindParams(query: SavedQuery, given: Record<string, unknown>): Record<string, ParamValue> {
  const bound: Record<string, ParamValue> = {};
  const declared = new Map(query.params.map((param) => [param.name, param]));
  for (const name of Object.keys(given)) {
    if (!declared.has(name)) {
      const known = query.params.map((param) => param.name).join(", ") || "none";
      throw new SavedQueryError(`${query.name}: unknown parameter "${name}" (parameters: ${known})`);
    }
  }
  for (const param of query.params) {
    const value = given[param.name];
    if (value === undefined || value === null || value === "") {
      if (param.default === undefined) throw new SavedQueryError(`${query.name}: parameter "${param.name}" is required (${param.description})`);
      bound[param.name] = param.default;
    } else bound[param.name] = coerce(param, value, query.name);
  }
  return bound;
}

const COERCERS: Record<ParamType, z.ZodType<ParamValue>> = {
  string: z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1)),
  integer: z.coerce.number().int(),
  float: z.coerce.number().finite(),
  boolean: z.union([z.boolean(), z.enum(["true", "false"]).transform((text) => text === "true")]),
};

function coerce(param: SavedQueryParam, value: unknown, where: string): ParamValue {
  const result = COERCERS[param.type].safeParse(typeof value === "string" ? value.trim() : value);
  if (!result.success) throw new SavedQueryError(`${where}: parameter "${param.name}" must be a ${param.type} (got ${JSON.stringify(value)})`);
  return result.data;
}
