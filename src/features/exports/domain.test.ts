import { describe, expect, it } from "vitest";
import { percentDone } from "./domain";

describe("percentDone", () => {
  it("counts steps done, never 100 until the file is stored", () => {
    expect(percentDone({ status: "queued", done: 0, total: 0 })).toBe(0);
    expect(percentDone({ status: "running", done: 1, total: 3 })).toBe(33);
    expect(percentDone({ status: "running", done: 3, total: 3 })).toBe(99);
    expect(percentDone({ status: "ready", done: 3, total: 3 })).toBe(100);
  });
});
