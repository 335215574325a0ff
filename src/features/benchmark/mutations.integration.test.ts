import { readFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readTable } from "@/lib/uploads/tabular";
import { createMember, createWorkspace } from "../../../tests/factories";
import { sql } from "../../../tests/support/db";
import { getCurrentOutcomeSet, listOutcomeSets } from "./data";
import { importPublishedOutcomes } from "./mutations";
import { outcomeFileHeadings, type StatementHeading } from "./schema";
import { publishedCsvRows } from "../../../tests/support/published-outcomes";

const framework = JSON.parse(
  readFileSync(path.join(process.cwd(), "prisma/reference/cqc-la-framework.json"), "utf8"),
) as { qualityStatements: StatementHeading[] };
const HEADINGS = outcomeFileHeadings(framework.qualityStatements);

/** The 75 councils as an administrator's CSV, read by the upload reader as a page would, with `change` applied to the rows. */
async function upload(change: (rows: string[][]) => string[][] = (rows) => rows) {
  return readTable(Buffer.from(stringify([HEADINGS, ...change(publishedCsvRows())])), "outcomes.csv");
}

async function setting() {
  const workspace = await createWorkspace();
  const admin = await createMember(workspace.id, "administrator");
  return { workspace, scope: workspace.scope, admin: { userId: admin.userId } };
}

const NEWER = { version: "March 2027", source: "CQC assessment reports up to March 2027", fileName: "outcomes.csv" };

async function counts() {
  const [sets, outcomes, events] = await Promise.all([
    db.publishedOutcomeSet.count(),
    db.publishedOutcome.count(),
    db.auditEvent.count({ where: { action: "published_outcomes.imported" } }),
  ]);
  return { sets, outcomes, events };
}

describe("importing a newer set of published outcomes", () => {
  it("applies the whole file to the administrator's workspace only, with an audit event", async () => {
    const { workspace, scope, admin } = await setting();
    const other = await createWorkspace();
    // A corrected score for one council and a seventy-sixth council.
    const table = await upload((rows) => [
      ...rows.map((row) => (row[0] === "Kent County Council" ? [...row.slice(0, 13), "3", ...row.slice(14)] : row)),
      [
        "Hull City Council",
        "E06000010",
        "Yorkshire and The Humber",
        "unitary",
        "Requires improvement",
        ...["1", "1", "2", "2", "3", "2", "3", "2", "2"],
        "18",
        "50",
        "Hull City Council, livewellhull.org.uk",
        "https://www.cqc.org.uk/care-services/local-authority-assessment-reports/hull-1025",
      ],
    ]);
    const result = await importPublishedOutcomes(scope, admin, { ...NEWER, table });
    expect(result).toMatchObject({ applied: true, councils: 76 });

    const current = await getCurrentOutcomeSet(scope);
    expect(current).toMatchObject({ origin: "imported", version: "March 2027", fileName: "outcomes.csv" });
    expect(current!.outcomes).toHaveLength(76);
    expect(current!.outcomes.find((row) => row.council === "Kent County Council")!.scores.at(-1)).toBe(3);
    expect(current!.outcomes.at(-1)).toMatchObject({ council: "Hull City Council", publishedPercent: 50 });
    expect(current!.outcomes.filter((row) => row.publishedPercent === null)).toHaveLength(67);
    expect((await listOutcomeSets(scope)).map((set) => [set.origin, set.councils])).toEqual([
      ["imported", 76],
      ["bundled", 75],
    ]);

    const events = await db.auditEvent.findMany({
      where: { action: "published_outcomes.imported" },
      select: { workspaceId: true, actorUserId: true, entityId: true, metadata: true },
    });
    expect(events).toEqual([
      { workspaceId: workspace.id, actorUserId: admin.userId, entityId: current!.id, metadata: { councils: 76 } },
    ]);
    // Another council still uses the set that came with the app.
    expect(await getCurrentOutcomeSet(other.scope)).toMatchObject({ origin: "bundled" });
    expect(await listOutcomeSets(other.scope)).toHaveLength(1);
  });

  it("refuses a file with any bad line, saying why line by line, and changes nothing", async () => {
    const { scope, admin } = await setting();
    const before = await counts();
    const table = await upload((rows) =>
      rows.map((row, index) => {
        if (index === 2) return [...row.slice(0, 4), "Good", ...row.slice(5)]; // Blackpool (Inadequate): rating
        if (index === 9) return [...rows[0]!]; // Bath and North East Somerset again, on line 11
        if (index === 20) return [...row.slice(0, 5), "5", ...row.slice(6)]; // Halton: a score of 5
        return row;
      }),
    );
    const result = await importPublishedOutcomes(scope, admin, { ...NEWER, table });
    expect(result.applied).toBe(false);
    if (result.applied) return;
    expect(result.check.lines.filter((line) => line.problems.length).map((line) => [line.line, line.council])).toEqual([
      [4, "Blackpool Council"],
      [11, "Bath and North East Somerset Council"],
      [22, "Halton Borough Council"],
    ]);
    expect(result.check.lines[9]!.problems).toContain(
      "Bath and North East Somerset Council is also on line 2: give each council once",
    );
    expect(result.check.lines[20]!.problems[0]).toBe(
      'Score for Assessing needs: "5" is not a score: give a whole number from 1 to 4',
    );
    expect(await counts()).toEqual(before);
    expect(await getCurrentOutcomeSet(scope)).toMatchObject({ origin: "bundled" });
  });

  it("writes nothing when the transaction fails part way", async () => {
    const { scope, admin } = await setting();
    const before = await counts();
    const table = await upload((rows) => rows.slice(0, 74));
    // The audit event is written last, after the set and its rows: make the database refuse it.
    await sql(`CREATE FUNCTION refuse_import_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await sql(`CREATE TRIGGER refuse_import_event BEFORE INSERT ON "AuditEvent"
      FOR EACH ROW WHEN (NEW.action = 'published_outcomes.imported') EXECUTE FUNCTION refuse_import_event()`);
    try {
      await expect(importPublishedOutcomes(scope, admin, { ...NEWER, table })).rejects.toThrow(/disk full/);
    } finally {
      await sql(`DROP TRIGGER refuse_import_event ON "AuditEvent"`);
      await sql(`DROP FUNCTION refuse_import_event()`);
    }
    expect(await counts()).toEqual(before);
  });

  it("does not add the same outcomes twice", async () => {
    const { scope, admin } = await setting();
    const table = await upload((rows) => rows.slice(0, 74));
    expect(await importPublishedOutcomes(scope, admin, { ...NEWER, table })).toMatchObject({ applied: true });
    const before = await counts();
    const again = await importPublishedOutcomes(scope, admin, { ...NEWER, version: "Again", table });
    expect(again).toMatchObject({
      applied: false,
      check: {
        fileProblems: ["These are exactly the published outcomes already in use (March 2027), so nothing was changed."],
      },
    });
    expect(await counts()).toEqual(before);
  });
});
