import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { cellText, displayWidth, formatTable } from "../../src/neo4j/format-result.ts";
import { toPlain, type PlainNode, type PlainPath, type ReadResult } from "../../src/neo4j/read.ts";

const node = (elementId: string, name: string): PlainNode => ({ kind: "node", elementId, labels: ["Entity"], properties: { name } });

describe("neo4j/format-result", () => {
  it.each([
    ["闻喜县", 6],
    ["六稳", 4],
    ["abc", 3],
    ["2021年", 6],
    ["（县长）", 8],
  ])("should count %s as %i terminal columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("should align Chinese cells in columns", () => {
    const result: ReadResult = {
      columns: ["county", "n"],
      rows: [
        { county: "闻喜县", n: 3 },
        { county: "临县", n: 12 },
      ],
      truncated: false,
      elapsedMs: 5,
    };
    const lines = formatTable(result).split("\n");
    expect(lines.slice(0, 4)).toEqual(["county  n", "------  --", "闻喜县  3", "临县    12"]);
    expect(lines[4]).toBe("(2 rows, 5 ms)");
  });

  it("should cut long sentences with an ellipsis", () => {
    const result: ReadResult = { columns: ["s"], rows: [{ s: "扎实做好“六稳”“六保”工作,全力实施发展战略" }], truncated: true, elapsedMs: 1 };
    const table = formatTable(result, { maxCellWidth: 10 });
    expect(table).toContain("扎实做好“…");
    expect(table).toContain("more not shown");
  });

  it("should print paths as chains with arrows in the relationships' directions", () => {
    const path: PlainPath = {
      kind: "path",
      nodes: [node("1", "闻喜县"), node("2", "六稳"), node("3", "襄汾县")],
      relationships: [
        { kind: "relationship", elementId: "a", type: "PROMOTES", startElementId: "1", endElementId: "2", properties: {} },
        { kind: "relationship", elementId: "b", type: "PROMOTES", startElementId: "3", endElementId: "2", properties: {} },
      ],
    };
    expect(cellText(path)).toBe("闻喜县 -[PROMOTES]-> 六稳 <-[PROMOTES]- 襄汾县");
  });

  it.each([
    [["六稳", "六保"], "六稳、六保"],
    [[1, 2], "1, 2"],
    [null, ""],
    ["line\nbreak", "line break"],
  ])("should print %j as %s", (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe("neo4j/read toPlain", () => {
  it.each([
    [neo4j.int(42), 42],
    [neo4j.int(-42), -42],
    [neo4j.int(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
    [neo4j.int(Number.MIN_SAFE_INTEGER), Number.MIN_SAFE_INTEGER],
    [neo4j.int("9007199254740992"), "9007199254740992"],
    [neo4j.int("-9007199254740993"), "-9007199254740993"],
    [neo4j.int("9223372036854775807"), "9223372036854775807"],
  ])("should give Neo4j integer %s as %j: a number while exact, else its digits", (value, plain) => {
    expect(toPlain(value)).toBe(plain);
  });

  it("should convert the integers inside lists (a company's counts per county)", () => {
    expect(toPlain([neo4j.int(3), neo4j.int(0), "x", null])).toEqual([3, 0, "x", null]);
  });
});
