/**
 * Probe: raw segmentation ceiling
 * ===============================
 *
 * `cut.ts --dir DIR`: reads every input file as the pipeline does, then
 * times nodejieba `cut` (ingest/segment.ts, the project's dictionary loaded
 * beforehand) over the same decoded text, line by line: the MB/s figure every
 * extraction figure is compared to. Also times, separately, the two parts of
 * extraction that no extractor can skip: reading (decoding, PDF text
 * layers) and the segmentation the extractors use (`segment`: cut with HMM
 * plus part-of-speech tags). Reports seconds and the UTF-8 bytes of the text.
 */
import { parseArgs } from "node:util";
import { listInputFiles, readDocument } from "../../ingest/read.ts";
import { cut, segment } from "../../ingest/segment.ts";
import { emit } from "../lib/probe.ts";

export interface CutProbeResult {
  /** In nodejieba `cut`. */
  seconds: number;
  /** Reading the files into text. */
  readSeconds: number;
  /** In `segment` (cut with HMM and tags), over the same lines. */
  segmentSeconds: number;
  textBytes: number;
  files: number;
}

function secondsOf(lines: readonly string[], work: (line: string) => unknown): number {
  const started = performance.now();
  for (const line of lines) work(line);
  return (performance.now() - started) / 1000;
}

const { values } = parseArgs({ options: { dir: { type: "string" } } });
cut("加载词典");
const result: CutProbeResult = { seconds: 0, readSeconds: 0, segmentSeconds: 0, textBytes: 0, files: 0 };
for (const source of await listInputFiles([values.dir!])) {
  const readStarted = performance.now();
  let text: string;
  try {
    text = (await readDocument(source)).text;
  } catch {
    continue;
  }
  result.readSeconds += (performance.now() - readStarted) / 1000;
  result.files++;
  result.textBytes += Buffer.byteLength(text, "utf8");
  const lines = text.split("\n");
  result.seconds += secondsOf(lines, cut);
  result.segmentSeconds += secondsOf(lines, segment);
}
emit(result);
