/**
 * Latency percentiles
 * ===================
 */

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index]!;
}

/** Runs `request` for each input in turn (sequentially: latency, not throughput) and returns sorted times in ms. */
export async function timeRequests<T>(inputs: readonly T[], request: (input: T) => Promise<void>, warmUp = 3): Promise<number[]> {
  for (const input of inputs.slice(0, warmUp)) await request(input);
  const times: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await request(input);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}
