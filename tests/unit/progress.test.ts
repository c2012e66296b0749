import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { duration, Progress } from "../../src/cli/progress.ts";

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("progress", () => {
  it("should print nothing but problems on a pipe when the run is short", () => {
    const out = new Capture();
    const time = clock();
    const progress = new Progress(out, { interactive: false, intervalMs: 10_000, now: time.now });
    progress.start(3, 3_000_000);
    for (let i = 0; i < 3; i++) {
      time.advance(1_000);
      progress.advance(1_000, 1_000_000);
    }
    progress.log("kg: skipped a.txt: empty file");
    progress.done();
    expect(out.text).toBe("kg: skipped a.txt: empty file\n");
  });

  it("should print a plain line with files, MB, rate and ETA at each interval on a pipe", () => {
    const out = new Capture();
    const time = clock();
    const progress = new Progress(out, { interactive: false, intervalMs: 10_000, now: time.now });
    progress.start(4, 40_000_000);
    time.advance(10_000);
    progress.advance(0, 10_000_000);
    expect(out.text).toBe("kg: 1/4 files, 10.0/40.0 MB, 1.00 MB/s, ETA 30s\n");
    time.advance(5_000);
    progress.advance(0, 10_000_000);
    expect(out.text.split("\n")).toHaveLength(2);
    time.advance(25_000);
    progress.advance(0, 20_000_000);
    progress.done();
    expect(out.text.trim().split("\n").at(-1)).toBe("kg: done, 3/4 files, 40.0/40.0 MB, 1.00 MB/s, ETA 0s");
  });

  it("should redraw a bar on a terminal and leave the final line", () => {
    const out = new Capture();
    const time = clock();
    const progress = new Progress(out, { interactive: true, redrawMs: 100, now: time.now });
    progress.start(2, 2_000_000);
    time.advance(1_000);
    progress.advance(0, 1_000_000);
    expect(out.text).toContain("\r\x1b[K[############------------]  50% 1/2 files  1.0/2.0 MB  1.00 MB/s  ETA 1s");
    time.advance(1_000);
    progress.advance(0, 1_000_000);
    progress.done();
    expect(out.text.endsWith("\r\x1b[K[########################] 100% 2/2 files  2.0/2.0 MB  1.00 MB/s  ETA 0s\n")).toBe(true);
  });

  it("should estimate MB from characters when sizes are unknown", () => {
    const out = new Capture();
    const time = clock();
    const progress = new Progress(out, { interactive: false, now: time.now });
    time.advance(2_000);
    progress.advance(1_000_000);
    expect(progress.status(false)).toBe("1 files, 3.0 MB, 1.50 MB/s");
  });

  it.each([
    [0, "0s"],
    [59.4, "59s"],
    [61, "1m01s"],
    [3_725, "1h02m"],
  ])("should show %d seconds as %s", (seconds, text) => {
    expect(duration(seconds)).toBe(text);
  });
});
