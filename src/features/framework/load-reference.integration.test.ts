import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DEFAULT_FRAMEWORK_FILE, loadFrameworkReference } from "./mutations";

type Reference = {
  framework: { version: string };
  themes: { key: string }[];
  qualityStatements: { key: string; theme: string; weStatement: string; iStatements: string[]; topics: string[] }[];
};

const reference = JSON.parse(await readFile(DEFAULT_FRAMEWORK_FILE, "utf8")) as Reference;

async function counts() {
  const [versions, themes, statements, iStatements, categories] = await Promise.all([
    db.frameworkVersion.count(),
    db.theme.count(),
    db.qualityStatement.count(),
    db.iStatement.count(),
    db.evidenceCategory.count(),
  ]);
  return { versions, themes, statements, iStatements, categories };
}

async function variant(change: (file: Reference & Record<string, unknown>) => void): Promise<string> {
  const copy = JSON.parse(JSON.stringify(reference)) as Reference & Record<string, unknown>;
  change(copy);
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "framework-")), "framework.json");
  await writeFile(file, JSON.stringify(copy, null, 2));
  return file;
}

describe("loading the CQC framework reference data", () => {
  it("holds exactly the reference file: 4 themes, 9 quality statements, 6 I statements, 6 evidence categories", async () => {
    // The test database was made from a template that already loaded the file.
    expect(await counts()).toEqual({ versions: 1, themes: 4, statements: 9, iStatements: 6, categories: 6 });
    const statements = await db.qualityStatement.findMany({
      orderBy: { number: "asc" },
      select: {
        key: true,
        weStatement: true,
        topics: true,
        theme: { select: { key: true } },
        iStatements: { orderBy: { position: "asc" }, select: { iStatement: { select: { key: true } } } },
      },
    });
    expect(
      statements.map((statement) => ({
        key: statement.key,
        theme: statement.theme.key,
        weStatement: statement.weStatement,
        iStatements: statement.iStatements.map((link) => link.iStatement.key),
        topics: statement.topics,
      })),
    ).toEqual(
      reference.qualityStatements.map(({ key, theme, weStatement, iStatements, topics }) => ({
        key,
        theme,
        weStatement,
        iStatements,
        topics,
      })),
    );
  });

  it("is idempotent: loading the same file again adds nothing", async () => {
    const before = await counts();
    const result = await loadFrameworkReference();
    expect(result.created).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("loads a newer version beside the older one", async () => {
    const file = await variant((copy) => {
      copy.framework.version = "2027-01 (test)";
    });
    const result = await loadFrameworkReference(file);
    expect(result.created).toBe(true);
    expect(await counts()).toEqual({ versions: 2, themes: 8, statements: 18, iStatements: 12, categories: 12 });
    expect((await loadFrameworkReference(file)).created).toBe(false);
    // Reference data outlives each test's reset, so take the extra version away again.
    await db.frameworkVersion.delete({ where: { id: result.frameworkVersionId } });
  });

  it("refuses the same version with changed content, and changes nothing", async () => {
    const before = await counts();
    const file = await variant((copy) => {
      copy.qualityStatements[0]!.weStatement = "Changed after release";
    });
    await expect(loadFrameworkReference(file)).rejects.toThrow(/already loaded with different content/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a malformed file, and writes nothing", async () => {
    const before = await counts();
    const file = await variant((copy) => {
      copy.framework.version = "broken";
      copy.qualityStatements[0]!.theme = "no-such-theme";
    });
    await expect(loadFrameworkReference(file)).rejects.toThrow(/unknown theme no-such-theme/);
    expect(await counts()).toEqual(before);
  });
});
