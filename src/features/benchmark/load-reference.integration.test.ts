import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createWorkspace } from "../../../tests/factories";
import { getCurrentOutcomeSet } from "./data";
import { DEFAULT_OUTCOMES_FILE, loadPublishedOutcomesReference } from "./mutations";

type Reference = {
  version: string;
  rows: { council: string; qs: number[]; publishedPercent: number | null; reportUrl: string }[];
} & Record<string, unknown>;

const raw = await readFile(DEFAULT_OUTCOMES_FILE, "utf8");
const reference = JSON.parse(raw) as Reference;

async function counts() {
  const [sets, outcomes] = await Promise.all([db.publishedOutcomeSet.count(), db.publishedOutcome.count()]);
  return { sets, outcomes };
}

async function variant(change: (file: Reference) => void): Promise<string> {
  const copy = JSON.parse(raw) as Reference;
  change(copy);
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "outcomes-")), "outcomes.json");
  await writeFile(file, JSON.stringify(copy, null, 1));
  return file;
}

describe("loading the published outcomes that come with the app", () => {
  it("holds the file once, as published: 75 councils, empty percentages left empty", async () => {
    // The test database was made from a template that already loaded the file.
    expect(await counts()).toEqual({ sets: 1, outcomes: 75 });
    const workspace = await createWorkspace();
    const current = await getCurrentOutcomeSet(workspace.scope);
    expect(current).toMatchObject({ origin: "bundled", version: reference.version, fileName: null });
    expect(current!.notes[1]).toMatch(/^Office for National Statistics/);
    expect(current!.outcomes.map((row) => [row.council, row.scores, row.publishedPercent, row.reportUrl])).toEqual(
      reference.rows.map((row) => [row.council, row.qs, row.publishedPercent, row.reportUrl]),
    );
    expect(current!.outcomes.filter((row) => row.publishedPercent !== null)).toHaveLength(8);
  });

  it("is idempotent: loading the same file again adds nothing", async () => {
    const before = await counts();
    expect(await loadPublishedOutcomesReference()).toMatchObject({ created: false, version: reference.version });
    expect(await counts()).toEqual(before);
  });

  it("loads a changed file as a new set beside the old one, which every workspace then uses", async () => {
    const file = await variant((copy) => {
      copy.version = "2026-03 (test)";
      copy.rows[0]!.reportUrl = `${copy.rows[0]!.reportUrl}?corrected`;
    });
    const result = await loadPublishedOutcomesReference(file);
    expect(result.created).toBe(true);
    expect(await counts()).toEqual({ sets: 2, outcomes: 150 });
    expect((await loadPublishedOutcomesReference(file)).created).toBe(false);
    const workspace = await createWorkspace();
    const current = await getCurrentOutcomeSet(workspace.scope);
    expect(current).toMatchObject({ id: result.setId, version: "2026-03 (test)" });
    expect(current!.outcomes[0]!.reportUrl).toMatch(/\?corrected$/);
    // Reference data outlives each test's reset, so take the extra set away again.
    await db.publishedOutcomeSet.delete({ where: { id: result.setId } });
    expect(await counts()).toEqual({ sets: 1, outcomes: 75 });
  });

  it("refuses a malformed file, and writes nothing", async () => {
    const before = await counts();
    const file = await variant((copy) => {
      copy.rows[0]!.qs = [1, 2, 3];
    });
    await expect(loadPublishedOutcomesReference(file)).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});
