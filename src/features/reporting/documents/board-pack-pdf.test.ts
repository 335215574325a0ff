import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { BOARD_PACK_TITLE, buildBoardPackPdf } from "./board-pack-pdf";
import { boardPackBenchmark, type BoardPack } from "../domain";
import type { Score } from "@/features/rating/domain";
import type { OutcomeRow } from "@/features/benchmark/schema";

const COUNCIL = "Northshire County Council";
const FOOTER = `${COUNCIL} · Board briefing · 24 November 2026 · page`;

const statements: BoardPack["statements"] = [
  {
    number: 1,
    name: "Assessing needs",
    theme: "Working with people",
    score: 3,
    direction: "Improving",
    status: "Approved",
  },
  {
    number: 2,
    name: "Supporting people to live healthier lives",
    theme: "Working with people",
    score: 2,
    direction: "Stable",
    status: "In review",
  },
  {
    number: 3,
    name: "Equity in experiences and outcomes",
    theme: "Working with people",
    score: 3,
    direction: null,
    status: "Approved",
  },
  {
    number: 4,
    name: "Care provision, integration and continuity",
    theme: "Providing support",
    score: 2,
    direction: "Declining",
    status: "Draft",
  },
  {
    number: 5,
    name: "Partnerships and communities",
    theme: "Providing support",
    score: 4,
    direction: "Improving",
    status: "Approved",
  },
  {
    number: 6,
    name: "Safe pathways, systems and transitions",
    theme: "Ensuring safety",
    score: 3,
    direction: "Stable",
    status: "Approved",
  },
  { number: 7, name: "Safeguarding", theme: "Ensuring safety", score: 3, direction: "Improving", status: "In review" },
  {
    number: 8,
    name: "Governance, management and sustainability",
    theme: "Leadership",
    score: 2,
    direction: "Stable",
    status: "Draft",
  },
  {
    number: 9,
    name: "Learning, improvement and innovation",
    theme: "Leadership",
    score: null,
    direction: null,
    status: "Not started",
  },
];

const fixture: BoardPack = {
  councilName: COUNCIL,
  // Midday UTC is the same calendar day in London and in the test zone (New York).
  generatedAt: new Date("2026-11-24T12:00:00Z"),
  // The builder prints the summary it is given and does not recompute it from the statements, so
  // one fixture can show both a rating and an unscored statement.
  rating: { label: "Good", percentage: 69, scored: 9, total: 9, position: "lower Good" },
  statements,
  trend: [
    { name: "Baseline", takenAt: new Date("2026-03-03T12:00:00Z"), percentage: 58 },
    { name: "Mock inspection", takenAt: new Date("2026-07-15T12:00:00Z"), percentage: 64 },
    { name: "Pre-notification", takenAt: new Date("2026-11-20T12:00:00Z"), percentage: 69 },
  ],
  coverageGaps: [
    { statement: "Safeguarding", category: "people's experience" },
    { statement: "Assessing needs", category: "partners" },
    { statement: "Learning, improvement and innovation", category: "outcomes" },
  ],
  outOfDateEvidence: 7,
  informationReturn: {
    total: 42,
    submitted: 30,
    ready: 5,
    overdue: 2,
    dueDate: new Date("2026-12-28T12:00:00Z"),
    daysLeft: 34,
  },
  evidenceRequests: { open: 12, overdue: 3 },
  cases: { recorded: 61, longList: 48, selected: 10, engaged: 4, audited: 9, logsSignedOff: 6 },
  risks: [
    { statement: "Care provision, integration and continuity", text: "Home care capacity in rural areas." },
    {
      statement: "Governance, management and sustainability",
      text: "Board oversight of waiting lists is not yet routine.",
    },
  ],
  waysUp: {
    nextRating: "Outstanding",
    pointsNeeded: 1,
    ways: [
      ["8. Governance, management and sustainability from 2 to 3: its evidence category scores already reach a 3."],
    ],
    more: 4,
  },
};

async function render(pack: BoardPack): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of buildBoardPackPdf(pack, { compress: false })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

type PageText = { text: string; items: { str: string; y: number }[] };

/** Each page's text in content order, with a line break wherever pdf.js reports the end of a line. */
async function extract(buffer: Buffer): Promise<PageText[]> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false })
    .promise;
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) =>
        "str" in item ? [{ str: item.str, y: item.transform[5] ?? 0, eol: item.hasEOL }] : [],
      );
      pages.push({
        text: items.map((item) => `${item.str}${item.eol ? "\n" : ""}`).join(""),
        items: items.filter((item) => item.str.trim() !== "").map(({ str, y }) => ({ str, y })),
      });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

async function documentInfo(buffer: Buffer): Promise<Record<string, unknown>> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false })
    .promise;
  try {
    return (await pdf.getMetadata()).info as Record<string, unknown>;
  } finally {
    await pdf.destroy();
  }
}

const allText = (pages: PageText[]) => pages.map((page) => page.text).join("\n");

describe("buildBoardPackPdf", () => {
  it("writes a tagged PDF 1.7 in UK English that shows its title", async () => {
    const raw = (await render(fixture)).toString("latin1");
    expect(raw.startsWith("%PDF-1.7")).toBe(true);

    const catalog = /<<[^<>]*\/Type \/Catalog[^<>]*>>/.exec(raw)?.[0] ?? "";
    expect(catalog).toContain("/Lang (en-GB)");
    expect(catalog).toContain("/StructTreeRoot");
    const markInfo = /\/MarkInfo (\d+) 0 R/.exec(catalog)?.[1];
    expect(markInfo).toBeDefined();
    expect(new RegExp(`\\n${markInfo} 0 obj\\s*<<\\s*/Marked true\\s*>>`).test(raw)).toBe(true);
    expect(raw).toMatch(/\/DisplayDocTitle true/);

    // The structure tree names the headings, paragraphs, table, lists and charts.
    for (const type of ["Document", "H1", "H2", "H3", "P", "Table", "TH", "TD", "L", "LI", "Figure"]) {
      expect(raw).toContain(`/S /${type}\n`);
    }
    expect(raw).toContain(
      "/Alt (Bar chart of the score for each quality statement, on a scale of 1 to 4: statement 1, 3;",
    );
    // Footers are pagination artefacts, not content.
    expect(raw).toContain("/Artifact <<\n/Type /Pagination\n>> BDC");
  });

  it("writes the title, council, date and the indicative rating with its caveat", async () => {
    const buffer = await render(fixture);
    const text = allText(await extract(buffer));
    const info = await documentInfo(buffer);
    expect(info.Title).toBe(`${BOARD_PACK_TITLE}, ${COUNCIL}`);
    expect(info.Author).toBe(COUNCIL);
    expect(info.Subject).toContain("position on 24 November 2026");
    expect(text).toContain(BOARD_PACK_TITLE);
    expect(text).toContain(COUNCIL);
    expect(text).toContain("Position on 24 November 2026");
    expect(text).toContain("Good, 69%");
    expect(text).toContain("lower Good");
    expect(text).toContain("9 of 9 statements scored");
    expect(text).toContain("Indicative: only the Care Quality Commission awards a rating.");
  });

  it("says what would move the council up a band, least effort first, and leaves it out when nothing would", async () => {
    const text = allText(await extract(await render(fixture)));
    expect(text).toContain("What would move us up a band");
    expect(text).toContain("1 more point would reach Outstanding. The ways needing least effort:");
    expect(text).toContain("8. Governance, management and sustainability from 2 to 3");
    expect(text).toContain("There are 4 other ways of the same number of points.");
    const without = allText(await extract(await render({ ...fixture, waysUp: null })));
    expect(without).not.toContain("What would move us up a band");
  });

  it("lists every statement, with the unscored one marked in the table and the chart", async () => {
    const text = allText(await extract(await render(fixture)));
    expect(text).toContain("1. Assessing needs");
    expect(text).toContain("5. Partnerships and communities");
    expect(text).toContain("3 of 4");
    expect(text).toContain("Not scored");
    expect(text).toContain("Score for each quality statement, from 1 to 4 (4 is best)");
    // The chart names each statement as the table does (once in each), never "Statement 9".
    expect(text).not.toMatch(/Statement \d/);
    const flat = text.replace(/\s+/g, " ");
    expect(flat.split("9. Learning, improvement and innovation")).toHaveLength(3);
    expect(flat.split("2. Supporting people to live healthier lives")).toHaveLength(3);
    expect(text).toContain("not scored");
  });

  it("sets the chart's text, axis included, at 9 pt (12 px) or larger", async () => {
    const pdf = await getDocument({
      data: new Uint8Array(await render(fixture)),
      useSystemFonts: false,
      isEvalSupported: false,
    }).promise;
    try {
      const sizes: { str: string; size: number }[] = [];
      for (let number = 1; number <= pdf.numPages; number++) {
        const content = await (await pdf.getPage(number)).getTextContent();
        for (const item of content.items)
          if ("str" in item && item.str.trim()) sizes.push({ str: item.str, size: Math.abs(item.transform[3] ?? 0) });
      }
      // The score axis's ticks ("0" to "4") and the trend's ("25%") are the smallest text drawn.
      const ticks = sizes.filter((entry) => /^(\d|\d+%)$/.test(entry.str.trim()));
      expect(ticks.length).toBeGreaterThan(0);
      for (const entry of sizes) expect(entry.size, entry.str).toBeGreaterThanOrEqual(9);
    } finally {
      await pdf.destroy();
    }
  });

  it("says when the rating counts scores of statements not yet agreed, naming them", async () => {
    const notAgreed = [
      "2. Supporting people to live healthier lives (ready for review)",
      "7. Safeguarding (in progress)",
    ];
    const text = allText(await extract(await render({ ...fixture, rating: { ...fixture.rating, notAgreed } })));
    expect(text.replace(/\s+/g, " ")).toContain(
      "This counts the scores of 2 statements not yet agreed, so it may change when they are reviewed: 2. Supporting people to live healthier lives (ready for review); 7. Safeguarding (in progress).",
    );
    expect(allText(await extract(await render(fixture)))).not.toContain("not yet agreed");
  });

  it("writes the trend, gaps, return, requests, cases and risks", async () => {
    const text = allText(await extract(await render(fixture)));
    expect(text).toContain("Baseline, 3 March 2026: 58%");
    expect(text).toContain("Pre-notification, 20 November 2026: 69%");
    expect(text).toContain("Indicative rating percentage at each snapshot, oldest first");
    expect(text).toContain("Safeguarding: no people's experience evidence");
    expect(text).toMatch(/Out-of-date evidence items: ?7/);
    expect(text).toMatch(/Submitted: ?30 of 42 items/);
    expect(text).toMatch(/Ready to submit: ?5 of 42 items/);
    expect(text).toMatch(/Due date: ?28 December 2026 \(34 days left\)/);
    expect(text).toMatch(/Open: ?12/);
    expect(text).toMatch(/Reflective logs signed off: ?6/);
    expect(text).toContain("Care provision, integration and continuity: Home care capacity in rural areas.");
  });

  it("says why there is no rating, and that the notification date is not set", async () => {
    const text = allText(
      await extract(
        await render({
          ...fixture,
          rating: { label: null, percentage: 67, scored: 8, total: 9, position: null },
          trend: [{ name: "Baseline", takenAt: new Date("2026-03-03T12:00:00Z"), percentage: null }],
          informationReturn: { ...fixture.informationReturn, dueDate: null, daysLeft: null },
        }),
      ),
    );
    expect(text).toContain("A rating cannot be given until every statement is scored: 8 of 9 statements scored.");
    expect(text).not.toContain("Good, 67%");
    expect(text).toContain("Baseline, 3 March 2026: no percentage");
    // One snapshot is not a trend, so there is no chart of it.
    expect(text).not.toContain("Indicative rating percentage at each snapshot");
    expect(text).toMatch(/Due date: ?Notification date not set/);
  });

  it("flows long lists onto new pages, footers every page and keeps content clear of the footer", async () => {
    // Long category wording makes each gap run to several lines, so the ten shown cannot fit in
    // what is left of the page and the list has to carry on over a page break.
    const category =
      "people's experience, including feedback from carers, advocates and community groups in every locality, and the findings of the practice audits of hospital discharge, reablement, annual reviews, carers' assessments, direct payments and transitions from children's services";
    const gaps = Array.from({ length: 40 }, (_, index) => ({ statement: `Statement gap ${index + 1}`, category }));
    const risks = Array.from({ length: 12 }, (_, index) => ({
      statement: "Safeguarding",
      text: `Risk ${index + 1}: referrals from partners are not always acknowledged within the agreed timescale.`,
    }));
    const pages = await extract(await render({ ...fixture, coverageGaps: gaps, risks }));
    const text = allText(pages);
    const flat = pages.map((page) => page.text.replace(/\s+/g, " "));

    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page.text).toContain(`${FOOTER} ${index + 1}`);
      // A4 is 842pt tall with a 72pt bottom margin; pdf.js measures y up from the foot of the page.
      const footer = page.items.filter((item) => item.str.includes(FOOTER));
      expect(footer).toHaveLength(1);
      expect(footer[0]!.y).toBeLessThan(50);
      for (const item of page.items.filter((entry) => !entry.str.includes(FOOTER))) expect(item.y).toBeGreaterThan(66);
    });

    expect(text).toContain("The first 10 of 40 gaps:");
    expect(text).not.toContain("Statement gap 11:");
    const gapPages = gaps.slice(0, 10).map((gap) => {
      const line = `${gap.statement}: no ${gap.category} evidence`;
      // Each item is whole on one page, never split with its end on the next.
      const page = flat.findIndex((entry) => entry.includes(line));
      expect(page, line).toBeGreaterThanOrEqual(0);
      return page;
    });
    expect(gapPages.at(-1)).toBeGreaterThan(gapPages[0]!);

    expect(text).toContain("The first 8 of 12:");
    expect(flat.join(" ")).toContain(
      "Safeguarding: Risk 8: referrals from partners are not always acknowledged within the agreed timescale.",
    );
    expect(text).not.toContain("Risk 9:");
  });
});

describe("the board pack's benchmark page", () => {
  const outcome = (council: string, overallRating: OutcomeRow["overallRating"], scores: Score[]): OutcomeRow => ({
    council,
    onsCode: null,
    region: "North East",
    type: "unitary",
    overallRating,
    scores,
    publishedPercent: null,
    publishedPercentSource: null,
    reportUrl: `https://www.cqc.org.uk/${council.toLowerCase().replace(/\W+/g, "-")}`,
  });
  // Three councils, worked by hand: statement 1 is scored 2, 2 and 3; statement 9 is 1, 2 and 4.
  const set = {
    version: "Test set",
    source: "CQC reports (test)",
    outcomes: [
      outcome("Alpha Council", "Requires improvement", [2, 2, 2, 2, 2, 2, 2, 2, 1]),
      outcome("Beta Council", "Requires improvement", [2, 3, 3, 2, 2, 2, 2, 2, 2]),
      outcome("Gamma Council", "Good", [3, 3, 3, 3, 3, 3, 3, 3, 4]),
    ],
  };
  const ours = statements.map((statement) => ({
    number: statement.number,
    name: statement.name,
    score: statement.score as Score | null,
  }));

  it("counts the councils by score and places our self-assessed score among them", () => {
    const benchmark = boardPackBenchmark(set, ours);
    expect(benchmark.councils).toBe(3);
    // Our statement 1 is 3: no council higher, two lower.
    expect(benchmark.statements[0]).toEqual({
      number: 1,
      name: "Assessing needs",
      counts: [0, 2, 1, 0],
      ours: "3: 0 higher, 2 lower",
    });
    expect(benchmark.statements[8]).toMatchObject({ counts: [1, 1, 0, 1], ours: "Not scored" });
    // Statement 9 is unscored here, so there is no overall position.
    expect(benchmark.overall).toBeNull();
    expect(benchmark.ratings).toEqual([
      { rating: "Inadequate", councils: 0 },
      { rating: "Requires improvement", councils: 2 },
      { rating: "Good", councils: 1 },
      { rating: "Outstanding", councils: 0 },
    ]);
    // Statements 1, 4–8 were scored 2 or lower by two councils; 9 by two as well (1 and 2).
    expect(benchmark.hardest[0]).toMatchObject({ number: 1, twoOrLower: 2, differsFromBand: 0 });
    expect(benchmark.hardest.find((entry) => entry.number === 9)).toMatchObject({ twoOrLower: 2, differsFromBand: 2 });
  });

  it("gives our overall position once all nine are scored", () => {
    const scored = ours.map((statement) => ({ ...statement, score: (statement.score ?? 3) as Score }));
    // 3+2+3+2+4+3+3+2+3 = 25 of 36: 70%, Good; Alpha (18) and Beta (20) lower, Gamma (28) higher.
    expect(boardPackBenchmark(set, scored).overall).toBe(
      "Good, 70%: 1 council higher, 0 councils the same, 2 councils lower",
    );
  });

  it("prints the benchmark with its version, table and the statements hard nationally", async () => {
    const text = allText(await extract(await render({ ...fixture, benchmark: boardPackBenchmark(set, ours) })));
    expect(text).toContain("How we compare with published CQC outcomes");
    expect(text).toContain("against the 3 councils whose CQC assessment is published (Test set)");
    expect(text).toContain("3: 0 higher, 2 lower");
    expect(text).toContain("What is hard nationally");
    expect(text).toContain("Source: CQC reports (test)");
  });
});

describe("buildBoardPackPdf with CQC's published result", () => {
  it("warns of statements scored 1 and sets CQC's scores beside ours, in words", async () => {
    const text = allText(
      await extract(
        await render({
          ...fixture,
          significantShortfalls: "7. Safeguarding is scored 1: evidence shows significant shortfalls.",
          cqcResult: {
            rating: "Requires improvement",
            percent: 59,
            publishedOn: new Date("2025-10-24T12:00:00Z"),
            significantShortfalls: "7. Safeguarding is scored 1: evidence shows significant shortfalls.",
            calibration: {
              rows: [],
              matched: 6,
              higher: 2,
              lower: 1,
              notSelfAssessed: 0,
              summary: "Our self-assessment matched CQC on 6 of 9 statements; we were higher on 2 and lower on 1.",
            },
            rows: [{ statement: "7. Safeguarding", ours: 3, cqc: 1, difference: "We were higher by 2 points" }],
          },
        }),
      ),
    ).replace(/\s+/g, " ");
    expect(text).toContain("Warning: 7. Safeguarding is scored 1: evidence shows significant shortfalls.");
    expect(text).toContain("CQC's published rating beside our self-assessment");
    expect(text).toContain("Requires improvement, 59%");
    expect(text).toContain("24 October 2025");
    expect(text).toContain("Our self-assessment matched CQC on 6 of 9 statements; we were higher on 2 and lower on 1.");
    expect(text).toContain("7. Safeguarding: our score 3, CQC's score 1. We were higher by 2 points.");
  });

  it("leaves both out when there is nothing to say", async () => {
    const text = allText(await extract(await render({ ...fixture, significantShortfalls: null, cqcResult: null })));
    expect(text).not.toContain("Warning:");
    expect(text).not.toContain("CQC's published rating");
  });
});
