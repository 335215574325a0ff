import { readFile } from "node:fs/promises";
import path from "node:path";
import { getDMMF } from "@prisma/internals";
import { describe, expect, it } from "vitest";
import { describeSchema, findDrift, type Dmmf } from "../../../tests/support/schema-drift";
import { describeDatabase } from "../../../tests/support/describe-database";

// Prisma's migrate diff needs its native engine, which these machines cannot download, so the
// comparison is ours: schema.prisma as Prisma parses it against the database the migrations built.
describe("schema.prisma and the migrations", () => {
  it("describe the same database", async () => {
    const datamodel = await readFile(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
    const schema = describeSchema((await getDMMF({ datamodel })) as unknown as Dmmf, datamodel);
    const database = await describeDatabase(process.env.DATABASE_URL!);
    expect(Object.keys(schema.tables).length).toBeGreaterThan(10);
    expect(findDrift(schema, database)).toEqual([]);
  });
});
