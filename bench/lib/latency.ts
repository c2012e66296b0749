/**
 * Latency percentiles
 * ===================
 */

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index]!;
}

export interface Timings {
  /** Milliseconds per request, sorted; a failed request counts with the time it took to fail. */
  times: number[];
  /** Messages of the requests that failed (timeouts, errors). */
  failures: string[];
}

/** Runs `request` for each input in turn (sequentially: latency, not throughput). */
export async function timeRequests<T>(inputs: readonly T[], request: (input: T) => Promise<void>, warmUp = 3): Promise<Timings> {
  for (const input of inputs.slice(0, warmUp)) await request(input).catch(() => {});
  const times: number[] = [];
  const failures: string[] = [];
  for (const input of inputs) {
    const started = performance.now();
    try {
      await request(input);
    } catch (error) {
      failures.push((error as Error).message);
    }
    times.push(performance.now() - started);
  }
  return { times: times.sort((a, b) => a - b), failures };
}
