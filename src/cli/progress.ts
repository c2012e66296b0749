/**
 * Progress reporting
 * ==================
 *
 * On a terminal: one self-overwriting line with a bar, files, MB, rate and
 * ETA (when the totals are known, see `start`). When stderr is a pipe or a
 * file: a plain line every `intervalMs` (none for runs shorter than that), so
 * logs of long runs show that work goes on without filling up with redraws.
 * Problem lines go through `log` in both cases.
 */

export interface ProgressOptions {
  /** Time between plain lines when the stream is not a terminal. */
  intervalMs?: number;
  /** Time between redraws on a terminal. */
  redrawMs?: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Overrides the stream's own isTTY, for tests. */
  interactive?: boolean;
}

interface Totals {
  files: number;
  bytes: number;
}

const BAR_WIDTH = 24;
const BYTES_PER_CHARACTER = 3;

export class Progress {
  private files = 0;
  private bytes = 0;
  private totals: Totals | null = null;
  private readonly startedAt: number;
  private lastDraw = 0;
  private lastLine: number;
  private readonly interactive: boolean;
  private readonly intervalMs: number;
  private readonly redrawMs: number;
  private readonly now: () => number;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.interactive = options.interactive ?? Boolean(stream.isTTY);
    this.intervalMs = options.intervalMs ?? 10_000;
    this.redrawMs = options.redrawMs ?? 100;
    this.startedAt = this.now();
    this.lastLine = this.startedAt;
  }

  /** Announces how much work there is (enables the bar and the ETA). */
  start(files: number, bytes: number): void {
    this.totals = { files, bytes };
  }

  /**
   * One more file done. `bytes` is its size on disk; without it the size is
   * estimated from its characters (3 bytes each, as CJK text in UTF-8).
   */
  advance(characters: number, bytes?: number): void {
    this.files++;
    this.bytes += bytes ?? characters * BYTES_PER_CHARACTER;
    const now = this.now();
    if (this.interactive) {
      if (now - this.lastDraw < this.redrawMs) return;
      this.lastDraw = now;
      this.stream.write(`\r\x1b[K${this.status(true)}`);
    } else if (now - this.lastLine >= this.intervalMs) {
      this.lastLine = now;
      this.stream.write(`kg: ${this.status(false)}\n`);
    }
  }

  log(line: string): void {
    if (this.interactive) this.stream.write("\r\x1b[K");
    this.stream.write(`${line}\n`);
  }

  done(): void {
    if (this.interactive) this.stream.write(`\r\x1b[K${this.status(true)}\n`);
    else if (this.now() - this.startedAt >= this.intervalMs) this.stream.write(`kg: done, ${this.status(false)}\n`);
  }

  /** The status line (without bar and ETA when the totals are unknown). */
  status(withBar: boolean): string {
    const seconds = Math.max((this.now() - this.startedAt) / 1000, 0.001);
    const rate = this.bytes / 1e6 / seconds;
    const totals = this.totals;
    if (!totals) return `${this.files} files, ${mb(this.bytes)} MB, ${rate.toFixed(2)} MB/s`;
    const fraction = totals.bytes > 0 ? Math.min(this.bytes / totals.bytes, 1) : totals.files > 0 ? this.files / totals.files : 1;
    const parts = [
      `${this.files}/${totals.files} files`,
      `${mb(this.bytes)}/${mb(totals.bytes)} MB`,
      `${rate.toFixed(2)} MB/s`,
      `ETA ${eta(seconds, fraction)}`,
    ];
    return withBar ? `${bar(fraction)} ${parts.join("  ")}` : parts.join(", ");
  }
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function bar(fraction: number): string {
  const filled = Math.round(fraction * BAR_WIDTH);
  return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%`;
}

function eta(elapsedSeconds: number, fraction: number): string {
  if (fraction <= 0) return "?";
  return duration(Math.max(0, (elapsedSeconds * (1 - fraction)) / fraction));
}

export function duration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m${String(whole % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}
