import { describe, expect, it } from "vitest";
import { evidenceItemSchema } from "@/features/evidence/schema";
import { evidenceFromEntry } from "./domain";

const entry = {
  kind: "good_practice" as const,
  title: "Same-day discharge support",
  description: "Hospital team and reablement met daily.",
  team: "Hospital discharge",
  statementKeys: ["care-provision-integration-continuity", "safe-systems-pathways-transitions"],
  // 11:30pm on 31 March in London (BST): the entry was recorded on 31 March, not 1 April.
  createdAt: new Date("2026-03-31T22:30:00Z"),
};

describe("an entry as an evidence item", () => {
  it("is a draft with the entry's words, team and statements, saying where it came from", () => {
    const item = evidenceFromEntry(entry, { categoryKey: "processes", title: "" }, "owner-id");
    expect(item).toMatchObject({
      title: "Same-day discharge support",
      kind: "case_study",
      status: "draft",
      ownerId: "owner-id",
      sourceTeam: "Hospital discharge",
      evidenceDate: "2026-03-31",
      statementKeys: entry.statementKeys,
      categories: ["processes"],
    });
    expect(item.description).toBe(
      "Hospital team and reablement met daily.\n\nRecorded in the good practice log as good practice on 31 March 2026. Team: Hospital discharge.",
    );
  });

  it("takes the title given, and names a challenge as one", () => {
    const item = evidenceFromEntry(
      { ...entry, kind: "challenge", team: "" },
      { categoryKey: "staff-and-leaders", title: "Discharge delays" },
      "owner-id",
    );
    expect(item.title).toBe("Discharge delays");
    expect(item.kind).toBe("other");
    expect(item.description).toContain("as a challenge on 31 March 2026. Team: not given.");
  });

  it("is an item the evidence form itself would accept, even at the entry's longest", () => {
    const longest = { ...entry, title: "t".repeat(200), description: "d".repeat(5000), team: "x".repeat(120) };
    expect(
      evidenceItemSchema.safeParse(
        evidenceFromEntry(longest, { categoryKey: "processes", title: "" }, "0199a000-0000-7000-8000-000000000001"),
      ).success,
    ).toBe(true);
  });
});
