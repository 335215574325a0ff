import { describe, expect, it } from "vitest";
import { convertSchema, entryQuerySchema, entrySchema, updateEntrySchema } from "./schema";

const form = {
  kind: "good_practice",
  title: "  Same-day discharge support  ",
  description: "Hospital team and reablement met daily.",
  team: "Hospital discharge",
};
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("a good practice entry", () => {
  it("reads a form with one, several or no quality statements ticked", () => {
    expect(entrySchema.parse({ ...form, statementKeys: "assessing-needs" })).toEqual({
      ...form,
      title: "Same-day discharge support",
      statementKeys: ["assessing-needs"],
    });
    expect(entrySchema.parse({ ...form, statementKeys: ["safeguarding", "assessing-needs"] }).statementKeys).toEqual([
      "safeguarding",
      "assessing-needs",
    ]);
    expect(
      entrySchema.parse({ kind: "challenge", title: "Waiting lists", description: "Long waits for OT assessments." }),
    ).toMatchObject({ team: "", statementKeys: [] });
  });

  it("says what to do when the kind, title or description is missing", () => {
    expect(messages(entrySchema.safeParse({ title: " ", description: "" }))).toEqual({
      kind: "Select whether this is good practice or a challenge",
      title: "Enter a title",
      description: "Describe what happened",
    });
    expect(messages(entrySchema.safeParse({ ...form, kind: "triumph" }))).toEqual({
      kind: "Select whether this is good practice or a challenge",
    });
  });

  it("keeps to the lengths: title 200, description 5,000, team 120", () => {
    expect(
      entrySchema.safeParse({ ...form, title: "t".repeat(200), description: "d".repeat(5000), team: "x".repeat(120) })
        .success,
    ).toBe(true);
    expect(
      messages(
        entrySchema.safeParse({
          ...form,
          title: "t".repeat(201),
          description: "d".repeat(5001),
          team: "x".repeat(121),
        }),
      ),
    ).toEqual({
      title: "Titles must be 200 characters or fewer",
      description: "The description must be 5,000 characters or fewer",
      team: "Team names must be 120 characters or fewer",
    });
  });

  it("needs the entry and when it was opened to save a change", () => {
    expect(updateEntrySchema.safeParse({ ...form, id: "not-an-id", expectedUpdatedAt: "" }).success).toBe(false);
    const parsed = updateEntrySchema.parse({
      ...form,
      id: "0199a000-0000-7000-8000-000000000001",
      expectedUpdatedAt: "2026-11-24T10:15:00.123Z",
    });
    expect(parsed).toMatchObject({
      id: "0199a000-0000-7000-8000-000000000001",
      expectedUpdatedAt: "2026-11-24T10:15:00.123Z",
    });
  });
});

describe("adding an entry to the evidence library", () => {
  const entryId = "0199a000-0000-7000-8000-000000000001";

  it("needs an evidence category; the title and quality statements (asked only when the entry names none) are optional", () => {
    expect(convertSchema.parse({ entryId, categoryKey: "peoples-experience" })).toEqual({
      entryId,
      statementKeys: [],
      categoryKey: "peoples-experience",
      title: "",
    });
    expect(
      convertSchema.parse({ entryId, categoryKey: "processes", statementKeys: ["safeguarding", "assessing-needs"] })
        .statementKeys,
    ).toEqual(["safeguarding", "assessing-needs"]);
    expect(convertSchema.parse({ entryId, categoryKey: "processes", title: "  Discharge case study " }).title).toBe(
      "Discharge case study",
    );
    expect(messages(convertSchema.safeParse({ entryId, categoryKey: "" }))).toEqual({
      categoryKey: "Select the evidence category",
    });
    expect(messages(convertSchema.safeParse({ entryId: "x", categoryKey: "processes" })).entryId).toMatch(/not found/);
  });
});

describe("the log's filters", () => {
  it("reads the query string and ignores anything odd", () => {
    expect(
      entryQuerySchema.parse({
        kind: "challenge",
        statement: "safeguarding",
        team: "Reablement",
        converted: "no",
        page: "3",
      }),
    ).toEqual({
      kind: "challenge",
      statement: "safeguarding",
      team: "Reablement",
      converted: "no",
      page: 3,
    });
    expect(entryQuerySchema.parse({ kind: "other", statement: "", team: "", converted: "maybe", page: "-2" })).toEqual({
      page: 1,
    });
  });
});
