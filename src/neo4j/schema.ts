/**
 * Graph schema
 * ============
 *
 * Applies cypher/schema/*.cypher (constraints, indexes, full-text indexes) in
 * file order, each statement on its own (schema changes cannot share a
 * transaction with data writes), then waits until the indexes are online.
 * Every statement says IF NOT EXISTS, so applying twice changes nothing.
 */
import { listCypherFiles, loadCypher, splitStatements } from "./cypher-files.ts";
import { databaseOption, type Graph } from "./driver.ts";

const applied = new WeakSet<Graph>();

/** All schema statements, in the order they are applied. */
export function schemaStatements(): string[] {
  return listCypherFiles("schema").flatMap((name) => splitStatements(loadCypher(name)));
}

export async function applySchema(graph: Graph, timeoutSeconds = 300): Promise<void> {
  const options = databaseOption(graph);
  for (const statement of schemaStatements()) {
    await graph.driver.executeQuery(statement, {}, options);
  }
  await graph.driver.executeQuery(loadCypher("admin/await-indexes"), { timeoutSeconds }, options);
  applied.add(graph);
}

/** Applies the schema once per open graph (before the first load). */
export async function ensureSchema(graph: Graph): Promise<void> {
  if (!applied.has(graph)) await applySchema(graph);
}
