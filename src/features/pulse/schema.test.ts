import { describe, expect, it } from "vitest";
import { createPulseLinkSchema, pulseFormSchema, pulseSubmissionSchema } from "./schema";

const themes = [
  { key: "working-with-people", name: "Working with people" },
  { key: "leadership", name: "Leadership" },
];
const token = "A".repeat(43);
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("pulseFormSchema", () => {
  it("turns one answer per theme into scores", () => {
    expect(pulseFormSchema(themes).parse({ token, "working-with-people": "2", leadership: "5" })).toEqual({
      token,
      scores: { "working-with-people": 2, leadership: 5 },
    });
  });

  it("asks for every theme by name, and refuses scores outside 1 to 5", () => {
    const result = pulseFormSchema(themes).safeParse({ token, leadership: "6" });
    expect(messages(result)).toEqual({
      "working-with-people": "Choose how confident you feel about working with people",
      leadership: "Choose how confident you feel about leadership",
    });
  });

  it("refuses anything that is not the pulse form", () => {
    const result = pulseFormSchema(themes).safeParse({
      token,
      "working-with-people": "2",
      leadership: "5",
      userId: "someone",
    });
    expect(result.success).toBe(false);
    expect(messages(result)[""]).toMatch(/changed since you opened it/);
    expect(
      pulseFormSchema(themes).safeParse({ token: "short", "working-with-people": "2", leadership: "5" }).success,
    ).toBe(false);
  });
});

describe("pulseSubmissionSchema", () => {
  it("lets through the token and answers named like theme keys only", () => {
    expect(pulseSubmissionSchema.parse({ token, leadership: "3" })).toEqual({ token, answers: { leadership: "3" } });
    expect(pulseSubmissionSchema.safeParse({ token, leadership: "3", sessionId: "x" }).success).toBe(false);
    expect(pulseSubmissionSchema.safeParse({ token, leadership: ["3", "4"] }).success).toBe(false);
    expect(pulseSubmissionSchema.safeParse({ token, leadership: "3".repeat(10) }).success).toBe(false);
    expect(pulseSubmissionSchema.safeParse({ leadership: "3" }).success).toBe(false);
  });
});

describe("createPulseLinkSchema", () => {
  const sessionId = "0196f3a0-0000-7000-8000-000000000001";
  it("opens for 3 days and takes 60 answers unless told otherwise", () => {
    expect(createPulseLinkSchema.parse({ sessionId, moment: "before", days: "", maxAnswers: "" })).toEqual({
      sessionId,
      moment: "before",
      days: 3,
      maxAnswers: 60,
    });
    expect(createPulseLinkSchema.parse({ sessionId, moment: "after", days: "7", maxAnswers: "25" })).toEqual({
      sessionId,
      moment: "after",
      days: 7,
      maxAnswers: 25,
    });
  });

  it("says what to fix", () => {
    const result = createPulseLinkSchema.safeParse({ sessionId: "nope", moment: "during", days: "2", maxAnswers: "4" });
    expect(Object.keys(messages(result)).sort()).toEqual(["days", "maxAnswers", "moment", "sessionId"]);
    expect(messages(result).maxAnswers).toMatch(/at least 5/);
    expect(
      messages(createPulseLinkSchema.safeParse({ sessionId, moment: "after", maxAnswers: "201" })).maxAnswers,
    ).toMatch(/at most 200/);
    expect(
      messages(createPulseLinkSchema.safeParse({ sessionId, moment: "after", maxAnswers: "12.5" })).maxAnswers,
    ).toMatch(/whole number/);
  });
});
