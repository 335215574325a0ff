import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractTextIsolated } from "./isolated";
import { DEFAULT_LIMITS, UnreadableFile } from "./limits";

const fixture = (name: string) => readFile(path.join(import.meta.dirname, "fixtures", name));

describe("reading a file in a process of its own", () => {
  it("returns the text and reports progress page by page", async () => {
    const seen: [number, number][] = [];
    const result = await extractTextIsolated(await fixture("carers-strategy.pdf"), "pdf", "s.pdf", (done, total) =>
      seen.push([done, total]),
    );
    expect(result.text).toContain("zephyrine");
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  }, 60_000);

  it("stops a file that takes too long and says why", async () => {
    const error = await extractTextIsolated(
      await fixture("thank-you-letter-scan.png"),
      "png",
      "letter.png",
      () => undefined,
      { ...DEFAULT_LIMITS, timeoutMs: 200 },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableFile);
    expect((error as UnreadableFile).reason).toMatch(/took longer than/);
  }, 60_000);

  it("passes on the reason a file cannot be read", async () => {
    const error = await extractTextIsolated(
      await fixture("carers-strategy-password.pdf"),
      "pdf",
      "p.pdf",
      () => undefined,
    ).catch((caught: unknown) => caught);
    expect((error as UnreadableFile).reason).toMatch(/password/);
  }, 60_000);
});
