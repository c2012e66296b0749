import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EditList, applyEdits, composeMaps, identityMap, rewriteMatches } from "../../ingest/offset-map.ts";

describe("offset-map", () => {
  it("should map unchanged characters to themselves and end at the input length", () => {
    const edits = new EditList();
    edits.delete(1, 5); // "(fā)"
    const { text, toSource } = applyEdits("發(fā)展", edits);
    expect(text).toBe("發展");
    expect([...toSource]).toEqual([0, 5, 6]);
  });

  it("should give deleted input to the character before it", () => {
    const raw = "發(fā)展";
    const edits = new EditList();
    edits.delete(1, 5);
    const { toSource } = applyEdits(raw, edits);
    expect(raw.slice(toSource[0], toSource[1])).toBe("發(fā)");
  });

  it.each([
    ["same length replacement maps one to one", "a\nb", 1, 2, " ", [0, 1, 2, 3]],
    ["a longer replacement maps to its start", "x…y", 1, 2, "...", [0, 1, 1, 1, 2, 3]],
    ["a shorter replacement maps to its start", "x㎡y", 1, 2, "m", [0, 1, 2, 3]],
  ])("should handle %s", (_name, input, start, end, replacement, expected) => {
    const edits = new EditList();
    edits.add(start, end, replacement);
    expect([...applyEdits(input, edits).toSource]).toEqual(expected);
  });

  it("should refuse overlapping or unordered edits", () => {
    const edits = new EditList();
    edits.delete(2, 4);
    expect(() => edits.delete(3, 5)).toThrow(RangeError);
    expect(() => edits.delete(0, 1)).toThrow(RangeError);
  });

  it("should compose maps of two passes back to the original", () => {
    const raw = "政 府(fǔ) 工作";
    const first = rewriteMatches(raw, /\(fǔ\)/g, (m, edits) => edits.delete(m.index, m.index + m[0].length));
    const second = rewriteMatches(first.text, / /g, (m, edits) => edits.delete(m.index, m.index + 1));
    const toRaw = composeMaps(first.toSource, second.toSource);
    expect(second.text).toBe("政府工作");
    expect([...second.text].map((_ch, i) => raw[toRaw[i]!])).toEqual([...second.text]);
    expect(toRaw[second.text.length]).toBe(raw.length);
  });

  it("should keep every map monotonic and every kept character at its origin (random edits)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(60), fc.nat(4), fc.string({ maxLength: 3 })), { maxLength: 8 }),
        (input, raw) => {
          const edits = new EditList();
          const sorted = raw.map(([s, len, rep]) => [Math.min(s, input.length), len, rep] as const).sort((a, b) => a[0] - b[0]);
          let last = 0;
          for (const [s, len, rep] of sorted) {
            if (s < last) continue;
            const e = Math.min(s + len, input.length);
            edits.add(s, e, rep);
            last = e;
          }
          const { text, toSource } = applyEdits(input, edits);
          expect(toSource.length).toBe(text.length + 1);
          expect(toSource[text.length]).toBe(input.length);
          for (let i = 1; i < toSource.length; i++) expect(toSource[i]!).toBeGreaterThanOrEqual(toSource[i - 1]!);
          const replaced = new Set<number>();
          edits.starts.forEach((s, k) => {
            for (let j = s; j < Math.max(edits.ends[k]!, s + 1); j++) replaced.add(j);
          });
          for (let i = 0; i < text.length; i++) {
            if (!replaced.has(toSource[i]!)) expect(text[i]).toBe(input[toSource[i]!]);
          }
        },
      ),
    );
  });

  it("should build the identity map", () => {
    expect([...identityMap(3)]).toEqual([0, 1, 2, 3]);
  });
});
