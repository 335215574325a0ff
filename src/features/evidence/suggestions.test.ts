import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractText } from "@/lib/text-extraction/extract";
import { DEFAULT_LIMITS } from "@/lib/text-extraction/limits";
import reference from "../../../prisma/reference/cqc-la-framework.json";
import { suggestMapping, type StatementProfile } from "./domain";

const iStatements = new Map(reference.iStatements.map((item) => [item.key, item.text]));
const profiles: StatementProfile[] = reference.qualityStatements.map((statement) => ({
  key: statement.key,
  name: statement.name,
  text: [
    statement.weStatement,
    ...statement.iStatements.map((key) => iStatements.get(key) ?? ""),
    ...statement.topics,
  ].join(" "),
}));
const categories = reference.evidenceCategories
  .filter((category) => category.usedForLocalAuthorities)
  .map((category) => ({ key: category.key, name: category.name }));

/** The text of a file saved by an office program, read as the library reads it. */
async function textOf(name: string) {
  const file = path.join(__dirname, "..", "..", "lib", "text-extraction", "fixtures", name);
  return (await extractText(await readFile(file), name.split(".").pop()!, name, DEFAULT_LIMITS, () => {})).text;
}

describe("suggested mapping", () => {
  it("suggests the statements and categories a real document speaks to, with the words that matched", async () => {
    const slides = suggestMapping(await textOf("safeguarding-board.pptx"), profiles, categories, new Set());
    expect(slides.statements[0]).toMatchObject({ key: "safeguarding" });
    expect(slides.statements[0]!.words).toEqual(expect.arrayContaining(["safeguarding", "enquiries"]));
    expect(slides.categories.map((category) => category.key)).toContain("processes");

    const strategy = suggestMapping(await textOf("carers-strategy.docx"), profiles, categories, new Set());
    expect(strategy.statements.map((statement) => statement.key)).toContain("supporting-healthier-lives");
    expect(strategy.statements.flatMap((statement) => statement.words)).toContain("carers");

    const survey = suggestMapping(await textOf("carers-survey.eml"), profiles, categories, new Set());
    expect(survey.categories[0]).toMatchObject({ key: "peoples-experience", words: ["survey"] });
  });

  it("leaves out what is already mapped or was dismissed, and suggests nothing from text that says nothing", async () => {
    const text = await textOf("safeguarding-board.pptx");
    const left = suggestMapping(text, profiles, categories, new Set(["statement:safeguarding", "category:processes"]));
    expect(left.statements.map((statement) => statement.key)).not.toContain("safeguarding");
    expect(left.categories.map((category) => category.key)).not.toContain("processes");
    expect(suggestMapping("", profiles, categories, new Set())).toEqual({ statements: [], categories: [] });
    expect(suggestMapping("Lorem ipsum dolor sit amet", profiles, categories, new Set())).toEqual({
      statements: [],
      categories: [],
    });
  });
});
