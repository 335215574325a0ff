import { describe, expect, it } from "vitest";
import { isCurrentSection } from "./main-navigation";

describe("isCurrentSection", () => {
  it("marks Home only on the home page", () => {
    expect(isCurrentSection("/", "/")).toBe(true);
    expect(isCurrentSection("/", "/evidence")).toBe(false);
  });

  it("marks a section on itself and on the pages below it, not on a look-alike path", () => {
    expect(isCurrentSection("/evidence", "/evidence")).toBe(true);
    expect(isCurrentSection("/evidence", "/evidence/new")).toBe(true);
    expect(isCurrentSection("/evidence", "/evidence-requests")).toBe(false);
  });
});
