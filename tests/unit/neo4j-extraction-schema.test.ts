import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { LoadInputError } from "../../src/neo4j/errors.ts";
import { parseExtractionsJsonl } from "../../src/neo4j/extraction-schema.ts";

const good = fs.readFileSync("tests/fixtures/neo4j/reports.jsonl", "utf8");
const firstLine = JSON.parse(good.split("\n")[0]!);

describe("neo4j/extraction-schema", () => {
  it("should read every report of a JSONL file, Chinese text intact", () => {
    const reports = parseExtractionsJsonl(good, "reports.jsonl");
    expect(reports.map((r) => r.title)).toEqual(["2021年闻喜县政府工作报告", "2021年襄汾县政府工作报告"]);
  });

  it.each([
    ["a line that is not JSON", `${good}{"source": "x"\n`, /reports\.jsonl:3: not JSON/],
    ["an unknown relation type", JSON.stringify({ ...firstLine, relations: [{ ...firstLine.relations[0], type: "OWNS" }] }), /:1: .*relations\.0\.type/],
    ["an unknown entity label", JSON.stringify({ ...firstLine, entities: [{ ...firstLine.entities[0], type: "Admin`) DETACH DELETE" }] }), /entities\.0\.type/],
    ["a nested property value", JSON.stringify({ ...firstLine, entities: [{ ...firstLine.entities[0], props: { a: { b: 1 } } }] }), /props/],
    ["evidence that ends before it starts", JSON.stringify({ ...firstLine, relations: [{ ...firstLine.relations[0], evidence: [{ text: "x", start: 5, end: 2 }] }] }), /evidence end before start/],
    ["a report without its text", JSON.stringify({ ...firstLine, text: undefined }), /:1: .*text/],
    ["an empty file", "\n\n", /holds no report/],
  ])("should reject %s, naming the file and line", (_what, text, message) => {
    expect(() => parseExtractionsJsonl(text, "reports.jsonl")).toThrow(LoadInputError);
    expect(() => parseExtractionsJsonl(text, "reports.jsonl")).toThrow(message);
  });
});
