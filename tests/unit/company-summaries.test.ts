import { describe, expect, it } from "vitest";
import { summarizeCompanies, type FactRow, type MentionRow } from "../../src/neo4j/company-summaries.ts";

// Rows shaped like those of cypher/summaries/company-mentions.cypher and
// company-facts.cypher for a firm named in reports about two counties.
const mentions: MentionRow[] = [
  { id: "company:a", report: "report:wenxi-2021", county: "闻喜县", countyId: "county:140823", evidence: 2 },
  { id: "company:a", report: "report:hequ-2021", county: "河曲县", countyId: "county:140930", evidence: 1 },
  { id: "company:a", report: "report:wenxi-2022", county: "闻喜县", countyId: "county:140823", evidence: 1 },
  { id: "company:b", report: "report:scrape", county: "某县", countyId: null, evidence: 1 },
];
const facts: FactRow[] = [
  { id: "company:a", report: "report:wenxi-2021", evidence: 3 },
  { id: "company:a", report: "report:other", evidence: 5 },
];

describe("neo4j/company-summaries", () => {
  it("should list a company's counties sorted, with their reports and evidence of mentions and facts from those reports", () => {
    const [a] = summarizeCompanies(["company:a"], mentions, facts);
    expect(a).toEqual({
      id: "company:a",
      countyNames: ["河曲县", "闻喜县"],
      countyIds: ["county:140930", "county:140823"],
      countyReports: [1, 2],
      countyEvidence: [1, 2 + 3 + 1],
      countyCount: 2,
      evidenceCount: 7,
    });
  });

  it("should leave facts of reports that name no county with the company out of the count", () => {
    const [a] = summarizeCompanies(["company:a"], mentions, facts);
    expect(a!.evidenceCount).toBe(7);
  });

  it("should give a county without a County entity an empty id, and a company no report names empty lists", () => {
    const [b, c] = summarizeCompanies(["company:b", "company:c"], mentions, facts);
    expect(b!.countyIds).toEqual([""]);
    expect(c).toEqual({ id: "company:c", countyNames: [], countyIds: [], countyReports: [], countyEvidence: [], countyCount: 0, evidenceCount: 0 });
  });
});
