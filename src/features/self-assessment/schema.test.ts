import { describe, expect, it } from "vitest";
import { saveStatementSchema } from "./schema";

const base = { statementKey: "safeguarding", expectedVersion: "3" };

describe("the statement form", () => {
  it("reads numbered rows without JavaScript, dropping empty ones", () => {
    const parsed = saveStatementSchema.parse({
      ...base,
      "strengths.0.id": "a",
      "strengths.0.text": "Section 42 enquiries start within 2 days",
      "strengths.1.text": "  ",
      "strengths.2.text": "Board audit shows good practice",
      "improvements.0.text": "Waiting list for DoLS",
      "category.peoples-experience": "3",
      "category.partners": "",
      score: "3",
      scoreRationale: "Good standard across the board",
      direction: "improving",
      directionReason: "Waiting times falling since April",
      howWeKnow: "Audits",
    });
    expect(parsed.strengths.filter((item) => item.text)).toEqual([
      { id: "a", text: "Section 42 enquiries start within 2 days" },
      { id: "", text: "Board audit shows good practice" },
    ]);
    expect(parsed.categoryScores).toEqual({ "peoples-experience": 3 });
    expect(parsed.score).toBe(3);
    expect(parsed.expectedVersion).toBe(3);
  });

  it("reads the nested shape react-hook-form sends", () => {
    const parsed = saveStatementSchema.parse({
      ...base,
      strengths: [{ id: "x", text: "One" }],
      category: { processes: "2" },
      score: "",
    });
    expect(parsed.strengths).toEqual([{ id: "x", text: "One" }]);
    expect(parsed.categoryScores).toEqual({ processes: 2 });
    expect(parsed.score).toBeNull();
  });

  it("asks for a rationale with a score and a reason with a direction, in words that say what to do", () => {
    const result = saveStatementSchema.safeParse({ ...base, score: "2", direction: "declining" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      scoreRationale: "Explain why you chose this score",
      directionReason: "Give a reason for the direction of travel",
    });
  });

  it("refuses a score outside 1 to 4", () => {
    for (const score of ["0", "5", "two", "2.5"]) {
      const result = saveStatementSchema.safeParse({ ...base, score, scoreRationale: "x" });
      expect(result.success, score).toBe(false);
      expect(result.error!.issues[0]!.message).toBe("Select a score from 1 to 4");
    }
  });
});
