import { describe, expect, it } from "vitest";
import { describeMetadata } from "./domain";

describe("metadata as short text", () => {
  it("writes key: value pairs", () => {
    expect(describeMetadata({ page: "case", cases: 3, equality: false, fields: ["title", "status"], note: null })).toBe(
      "page: case; cases: 3; equality: no; fields: title, status; note: none",
    );
  });

  it("says nothing when there is no metadata and cuts long text short", () => {
    expect(describeMetadata(null)).toBe("");
    const long = describeMetadata({ reason: "a".repeat(500) }, 40);
    expect(long).toHaveLength(40);
    expect(long.endsWith("…")).toBe(true);
  });
});
