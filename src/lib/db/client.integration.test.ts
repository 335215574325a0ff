import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "./client";

/**
 * Inside a transaction every query shares one connection. Prisma loads a nested select's
 * relations at once, and pg (8.19+) warns, and pg 9 will refuse, when a client is handed a query
 * while it is still running one: the demo seed printed that warning on every evidence item.
 */
const original = pg.Client.prototype.query;
afterEach(() => {
  pg.Client.prototype.query = original;
});

function countOverlaps(): { overlaps: number } {
  const seen = { overlaps: 0 };
  pg.Client.prototype.query = function (this: pg.Client & { _activeQuery?: unknown }, ...args: unknown[]) {
    if (this._activeQuery) seen.overlaps++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return seen;
}

describe("the database client", () => {
  it("sends a transaction's queries one at a time, even a select of several relations", async () => {
    const seen = countOverlaps();
    const framework = await db.$transaction(async (tx) =>
      tx.frameworkVersion.findFirstOrThrow({
        select: {
          qualityStatements: { where: { key: { in: ["nope"] } }, select: { id: true } },
          iStatements: { select: { id: true } },
          evidenceCategories: { select: { key: true } },
        },
      }),
    );
    expect(framework.iStatements.length).toBeGreaterThan(0);
    expect(framework.evidenceCategories.length).toBeGreaterThan(0);
    expect(seen.overlaps).toBe(0);
  });

  it("still reports a failed query in a transaction, and later queries run", async () => {
    await expect(db.$transaction(async (tx) => tx.$queryRaw`SELECT 1 / 0`)).rejects.toThrow();
    expect(await db.$transaction(async (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });
});
