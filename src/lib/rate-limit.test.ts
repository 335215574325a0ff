import { describe, expect, it } from "vitest";
import { SlidingWindowLimiter } from "./rate-limit";

describe("SlidingWindowLimiter", () => {
  it("allows 30 events a minute per key, refuses the 31st, and allows more as the window slides", () => {
    const limiter = new SlidingWindowLimiter({ limit: 30, windowMs: 60_000 });
    const start = 1_000_000;
    for (let index = 0; index < 30; index++) expect(limiter.take("link-a", start + index * 1000)).toBe(true);
    expect(limiter.take("link-a", start + 30_000)).toBe(false);
    // Another key has its own window.
    expect(limiter.take("link-b", start + 30_000)).toBe(true);
    // One minute after the first answer, that one has left the window: one more fits, not two.
    expect(limiter.take("link-a", start + 60_000)).toBe(true);
    expect(limiter.take("link-a", start + 60_500)).toBe(false);
  });

  it("does not count refused attempts, so a busy minute does not lock the link out for longer", () => {
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 1000 });
    expect(limiter.take("k", 0)).toBe(true);
    expect(limiter.take("k", 100)).toBe(true);
    for (let time = 200; time < 1000; time += 100) expect(limiter.take("k", time)).toBe(false);
    expect(limiter.take("k", 1001)).toBe(true);
  });
});
