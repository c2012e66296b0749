/**
 * Line files
 * ==========
 *
 * An append-only text file written through a stream that waits when its
 * buffer is full, so exporting 10,000 reports keeps memory flat.
 */
import fs from "node:fs";
import { once } from "node:events";

export class LineFile {
  private readonly stream: fs.WriteStream;
  lines = 0;

  constructor(readonly path: string) {
    this.stream = fs.createWriteStream(path, { encoding: "utf8" });
  }

  async write(text: string): Promise<void> {
    this.lines++;
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.once("error", reject);
      this.stream.end(() => resolve());
    });
  }
}
