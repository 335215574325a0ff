import { describe, expect, it } from "vitest";
import { isUuid } from "./ids";

describe("ids from URLs", () => {
  it("accept a UUID and nothing else", () => {
    expect(isUuid("019ab3c2-7d1e-7a4b-9c0d-1e2f3a4b5c6d")).toBe(true);
    expect(isUuid("coverage")).toBe(false);
    expect(isUuid("-".repeat(36))).toBe(false);
    expect(isUuid("019ab3c2-7d1e-7a4b-9c0d-1e2f3a4b5c6d' OR 1=1")).toBe(false);
  });
});
