/**
 * Progress reporting
 * ==================
 *
 * A one-line, self-overwriting status on a terminal (files, MB, rate);
 * nothing but problem lines when stderr is a pipe or a file.
 */

export class Progress {
  private files = 0;
  private characters = 0;
  private readonly startedAt = Date.now();
  private lastDraw = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  private get interactive(): boolean {
    return Boolean(this.stream.isTTY);
  }

  advance(characters: number): void {
    this.files++;
    this.characters += characters;
    if (!this.interactive || Date.now() - this.lastDraw < 100) return;
    this.lastDraw = Date.now();
    this.stream.write(`\r${this.status()}`);
  }

  log(line: string): void {
    if (this.interactive) this.stream.write("\r\x1b[K");
    this.stream.write(`${line}\n`);
  }

  done(): void {
    if (this.interactive) this.stream.write(`\r\x1b[K${this.status()}\n`);
  }

  private status(): string {
    const seconds = Math.max((Date.now() - this.startedAt) / 1000, 0.001);
    const mb = (this.characters * 3) / 1e6;
    return `${this.files} files, ${mb.toFixed(1)} MB, ${(mb / seconds).toFixed(2)} MB/s`;
  }
}
