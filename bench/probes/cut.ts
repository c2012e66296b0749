/**
 * Probe: raw segmentation ceiling
 * ===============================
 *
 * `cut.ts --dir DIR`: reads every input file as the pipeline does (not
 * timed), then times nodejieba `cut` (ingest/segment.ts, the project's
 * dictionary loaded beforehand) over the same decoded text, line by line.
 * Reports the seconds spent in `cut` and the UTF-8 bytes of the text: the
 * MB/s figure every extraction figure is compared to.
 */
import { parseArgs } from "node:util";
import { listInputFiles, readDocument } from "../../ingest/read.ts";
import { cut } from "../../ingest/segment.ts";
import { emit } from "../lib/probe.ts";

export interface CutProbeResult {
  seconds: number;
  textBytes: number;
  files: number;
}

const { values } = parseArgs({ options: { dir: { type: "string" } } });
cut("加载词典");
const result: CutProbeResult = { seconds: 0, textBytes: 0, files: 0 };
for (const source of await listInputFiles([values.dir!])) {
  let text: string;
  try {
    text = (await readDocument(source)).text;
  } catch {
    continue;
  }
  result.files++;
  result.textBytes += Buffer.byteLength(text, "utf8");
  const lines = text.split("\n");
  const started = performance.now();
  for (const line of lines) cut(line);
  result.seconds += (performance.now() - started) / 1000;
}
emit(result);
