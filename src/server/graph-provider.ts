/**
 * Graph provider
 * ==============
 *
 * The server's access to Neo4j: the driver is opened on first use, not at
 * start, so the explorer comes up (and says so) when Neo4j is down; a driver
 * whose server went away is dropped and reopened on the next request.
 */
import { isConnectionLost, type Graph } from "../neo4j/driver.ts";
import { Neo4jUnavailableError } from "../errors.ts";

export interface GraphProvider {
  /** The open graph; Neo4jUnavailableError when Neo4j cannot be reached. */
  get(): Promise<Graph>;
  /** Runs work with the graph, turning lost connections into Neo4jUnavailableError. */
  use<T>(work: (graph: Graph) => Promise<T>): Promise<T>;
  /** Where the graph lives, for messages (bolt://...). */
  readonly uri: string;
  close(): Promise<void>;
}

export function createGraphProvider(uri: string, open: () => Promise<Graph>): GraphProvider {
  let current: Promise<Graph> | null = null;

  const drop = async (): Promise<void> => {
    const pending = current;
    current = null;
    const graph = await pending?.catch(() => null);
    await graph?.driver.close().catch(() => undefined);
  };

  const provider: GraphProvider = {
    uri,
    get() {
      current ??= open().catch((error: unknown) => {
        current = null;
        throw error instanceof Neo4jUnavailableError ? error : new Neo4jUnavailableError(`Neo4j at ${uri}: ${(error as Error).message}`);
      });
      return current;
    },
    async use(work) {
      const graph = await provider.get();
      try {
        return await work(graph);
      } catch (error) {
        if (!isConnectionLost(error)) throw error;
        const code = (error as { code?: string }).code ?? "";
        await drop();
        throw new Neo4jUnavailableError(`Neo4j at ${uri} is not reachable any more (${code}); start it with \`kg neo4j start\``);
      }
    },
    close: drop,
  };
  return provider;
}
