import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { SelfAssessmentDocument } from "../domain";
import { officeSuite, renderWordDocument } from "../../../../tests/support/office";
import { buildSelfAssessmentDocx } from "./self-assessment-docx";

const fixture: SelfAssessmentDocument = {
  councilName: "Northshire County Council",
  // Late evening UTC in summer is the next day in London, which is the date councils expect.
  generatedAt: new Date("2026-06-30T23:30:00Z"),
  rating: { label: "Good", percentage: 68, scored: 2, total: 3, position: "upper Good" },
  themes: [
    {
      number: 1,
      name: "Working with people",
      statements: [
        {
          number: 1,
          name: "Assessing needs",
          weStatement: "We maximise the effectiveness of people's care and support.",
          iStatements: ["I have care and support that is co-ordinated."],
          status: "Approved",
          score: 3,
          scoreLabel: "Evidence shows a good standard",
          direction: "Improving",
          directionReason: "Waiting times for assessment have fallen.",
          strengths: ["Strengths-based assessment practice is embedded."],
          howWeKnow: "Case audits and feedback from people who draw on care.",
          areasForImprovement: ["Reduce the waiting list for occupational therapy."],
          scoreRationale: "Most audited cases met the standard.",
          evidence: [
            {
              title: "Adult social care case audit 2026",
              categories: ["Processes", "Outcomes"],
              date: new Date("2026-03-14T00:00:00Z"),
            },
            { title: "Practice framework", categories: [], date: null },
          ],
        },
        {
          number: 2,
          name: "Supporting people to live healthier lives",
          weStatement: "We support people to manage their health and wellbeing.",
          iStatements: [],
          status: "Not started",
          score: null,
          scoreLabel: null,
          direction: null,
          directionReason: "",
          strengths: [],
          howWeKnow: "",
          areasForImprovement: [],
          scoreRationale: "",
          evidence: [],
        },
      ],
    },
    {
      number: 2,
      name: "Providing support",
      statements: [
        {
          number: 4,
          name: "Care provision, integration and continuity",
          weStatement: "We understand the diverse health and care needs of people.",
          iStatements: ["I can get information and advice."],
          status: "In review",
          score: 2,
          scoreLabel: "Evidence shows some shortfalls",
          direction: "Stable",
          directionReason: "Market sustainability remains a pressure.",
          strengths: ["Strong partnership with the integrated care board."],
          howWeKnow: "Market position statement.",
          areasForImprovement: ["Home care capacity in rural areas."],
          scoreRationale: "Gaps in rural provision.",
          evidence: [
            {
              title: "Market position statement 2026",
              categories: ["Partners"],
              date: new Date("2026-01-05T00:00:00Z"),
            },
          ],
        },
      ],
    },
  ],
};

type Unpacked = { document: string; styles: string; core: string; headers: string[]; footers: string[] };

async function unpack(input: SelfAssessmentDocument): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(await buildSelfAssessmentDocx(input));
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} missing from the package`);
    return file.async("string");
  };
  const parts = (pattern: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((name) => pattern.test(name))
        .map(read),
    );
  return {
    headers: await parts(/^word\/header\d+\.xml$/),
    footers: await parts(/^word\/footer\d+\.xml$/),
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    core: await read("docProps/core.xml"),
  };
}

/** Each paragraph's style and text, so assertions can say which style a piece of text carries. */
function paragraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    text: decode([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("")),
  }));
}

// The XML escapes apostrophes and ampersands, which council text is full of.
function decode(text: string): string {
  const entities: Record<string, string> = { "&apos;": "'", "&quot;": '"', "&lt;": "<", "&gt;": ">", "&amp;": "&" };
  return text.replace(/&(?:apos|quot|lt|gt|amp);/g, (entity) => entities[entity] ?? entity);
}

/** The styles of the body's paragraphs with this text (the contents list repeats the headings). */
function styleOf(xml: string, text: string): (string | null)[] {
  return paragraphs(xml)
    .filter((paragraph) => paragraph.text === text && !paragraph.style?.startsWith("Contents"))
    .map((paragraph) => paragraph.style);
}

describe("buildSelfAssessmentDocx", () => {
  it("gives themes Heading 1 and statements Heading 2 so Word's navigation pane shows the structure", async () => {
    const { document } = await unpack(fixture);
    // The title says what the document is; the council is named above it on the cover.
    expect(styleOf(document, "Self-assessment")).toEqual(["Title"]);
    expect(styleOf(document, "Northshire County Council")).toEqual(["CoverCouncil"]);
    expect(styleOf(document, "Theme 1: Working with people")).toEqual(["Heading1"]);
    expect(styleOf(document, "Theme 2: Providing support")).toEqual(["Heading1"]);
    expect(styleOf(document, "1. Assessing needs")).toEqual(["Heading2"]);
    expect(styleOf(document, "2. Supporting people to live healthier lives")).toEqual(["Heading2"]);
    expect(styleOf(document, "4. Care provision, integration and continuity")).toEqual(["Heading2"]);
    // One set of part headings for each of the three statements.
    expect(styleOf(document, "Strengths")).toEqual(["Heading3", "Heading3", "Heading3"]);
    expect(styleOf(document, "Evidence")).toEqual(["Heading3", "Heading3", "Heading3"]);
  });

  it("opens with the council, the date in London and the indicative rating with its caveat", async () => {
    const texts = paragraphs((await unpack(fixture)).document).map((paragraph) => paragraph.text);
    expect(texts).toContain("Self-assessment against the CQC assessment framework for local authorities");
    expect(texts).toContain("Generated on 1 July 2026");
    expect(texts).toContain("Indicative rating: Good (68%, upper Good), 2 of 3 statements scored.");
    expect(texts).toContain("This rating is indicative: only the Care Quality Commission awards a rating.");
  });

  it("says no rating can be given while a statement is unscored", async () => {
    const unrated = { ...fixture, rating: { label: null, percentage: null, scored: 2, total: 3, position: null } };
    const texts = paragraphs((await unpack(unrated)).document).map((paragraph) => paragraph.text);
    expect(texts).toContain(
      "Indicative rating: The rating cannot be given until every statement is scored (2 of 3 statements scored).",
    );
  });

  it("writes each statement's content, with bullets and 'None recorded' for empty lists", async () => {
    const { document } = await unpack(fixture);
    const texts = paragraphs(document).map((paragraph) => paragraph.text);
    expect(texts).toContain("Strengths-based assessment practice is embedded.");
    expect(texts).toContain("Score: 3: Evidence shows a good standard");
    expect(texts).toContain("Score: Not scored");
    expect(texts).toContain("Direction: Improving");
    expect(texts).toContain("Reason: Waiting times for assessment have fallen.");
    expect(texts).toContain("Status: Not started");
    expect(texts).toContain("We maximise the effectiveness of people's care and support.");
    // The unscored statement has no I statements, strengths, areas for improvement or evidence.
    expect(texts.filter((text) => text === "None recorded").length).toBeGreaterThanOrEqual(4);
    const bullet =
      /<w:p[ >](?:(?!<\/w:p>)[\s\S])*<w:numPr>(?:(?!<\/w:p>)[\s\S])*Reduce the waiting list for occupational therapy\./;
    expect(document).toMatch(bullet);
  });

  it("cites evidence in a table whose first row repeats as a header", async () => {
    const { document } = await unpack(fixture);
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) => table);
    expect(tables).toHaveLength(2);
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(tables[0] ?? "")?.[0] ?? "";
    // Only an unqualified or true tblHeader repeats the row; docx writes w:val="false" when it is turned off.
    expect(firstRow).toMatch(/<w:tblHeader(?: w:val="(?:true|1|on)")?\/>/);
    expect(firstRow).toContain("Evidence categories");
    expect(tables[0]).toContain("Adult social care case audit 2026");
    expect(tables[0]).toContain("Processes, Outcomes");
    expect(tables[0]).toContain("14 March 2026");
    expect(tables[0]).toContain("Undated");
    expect(tables[1]).toContain("Market position statement 2026");
  });

  it("lists every theme and statement in a contents page that links to each heading and gives its page", async () => {
    const { document } = await unpack(fixture);
    const contents = paragraphs(document).filter((paragraph) => paragraph.style?.startsWith("Contents"));
    expect(contents.map((paragraph) => [paragraph.style, paragraph.text])).toEqual([
      ["ContentsHeading", "Contents"],
      ["Contents1", "Theme 1: Working with people"],
      ["Contents2", "1. Assessing needs"],
      ["Contents2", "2. Supporting people to live healthier lives"],
      ["Contents1", "Theme 2: Providing support"],
      ["Contents2", "4. Care provision, integration and continuity"],
    ]);
    expect(document).toContain('w:anchor="statement_4"');
    expect(document).toMatch(/<w:bookmarkStart [^>]*w:name="statement_4"/);
    expect(document).toMatch(/PAGEREF statement_4/);
  });

  it("names the council and the document in the header and numbers every page in the footer", async () => {
    const { headers, footers } = await unpack(fixture);
    expect(headers.join("")).toContain("Northshire County Council");
    expect(headers.join("")).toContain("Self-assessment");
    const footer = footers.join("");
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it("sets a sans-serif house font and dark headings instead of Word's serif and blue defaults", async () => {
    const { styles } = await unpack(fixture);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    expect(defaults).toMatch(/<w:rFonts w:ascii="Arial"/);
    for (const id of ["Title", "Heading1", "Heading2", "Heading3"]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
      expect(style, id).toContain('<w:color w:val="0B0C0C"/>');
    }
  });

  it("sets UK English as the default language and the document properties", async () => {
    const { styles, core } = await unpack(fixture);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"/);
    expect(core).toContain("<dc:title>Self-assessment: Northshire County Council</dc:title>");
    expect(core).toContain("<dc:creator>Northshire County Council</dc:creator>");
  });
});

describe.skipIf(!officeSuite)("the self-assessment opened in an office suite", () => {
  it("prints a cover, the contents with page numbers, and numbered pages in a sans-serif font", async () => {
    const pages = await renderWordDocument(await buildSelfAssessmentDocx(fixture));
    const [cover, contents, ...body] = pages;
    expect(cover?.text).toContain("Self-assessment");
    expect(cover?.text).toContain("Northshire County Council");
    expect(cover?.text).not.toMatch(/Page \d+ of/);
    // Each entry is followed by the page its heading is printed on.
    expect(contents?.text).toMatch(/Theme 2: Providing support[ .]*\d+/);
    expect(body.length).toBeGreaterThanOrEqual(2);
    body.forEach((page, index) => {
      expect(page.text).toContain("Northshire County Council");
      expect(page.text).toContain(`Page ${index + 3} of ${pages.length}`);
    });
    for (const page of pages) expect(page.fontFamilies).not.toContain("serif");
  }, 120_000);
});
