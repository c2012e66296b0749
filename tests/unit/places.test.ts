import { describe, expect, it } from "vitest";
import { findPlaces } from "../../ingest/places.ts";

const forms = (text: string) => findPlaces(text).map((p) => p.form);

describe("places", () => {
  it.each([
    ["全面落实闻喜县委决策,闻喜发展迈上新台阶", ["闻喜县", "闻喜"]],
    ["运城市盐湖区人民政府", ["运城市", "盐湖区"]],
    ["山西省临县坚持以人民为中心", ["山西省", "临县"]],
    ["岚县县城建设", ["岚县"]],
  ])("should find the divisions named in %s", (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it.each([
    ["面临县域经济发展的新挑战"],
    ["推进城区老旧小区改造"],
    ["加快新区建设"],
  ])("should not take ordinary words for places in %s", (text) => {
    expect(forms(text)).toEqual([]);
  });

  it("should report offsets of the mention", () => {
    const text = "依托山西建龙发展";
    const [mention] = findPlaces(text);
    expect(text.slice(mention!.start, mention!.end)).toBe("山西");
    expect(mention!.candidates[0]!.name).toBe("山西省");
  });
});
