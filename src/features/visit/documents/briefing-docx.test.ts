import { describe, expect, it } from "vitest";
import { officeSuite, renderWordDocument } from "../../../../tests/support/office";
import { buildBriefingDocx, type BriefingPack } from "./briefing-docx";

const pack: BriefingPack = {
  councilName: "Northshire County Council",
  appUrl: "https://prepare.example",
  session: {
    title: "Safeguarding interview",
    kind: "interview",
    startsAt: new Date("2026-03-03T10:00:00Z"),
    endsAt: new Date("2026-03-03T11:00:00Z"),
    place: "County Hall, room 4",
    onlineLink: "",
    cqcAttendees: "Two inspectors",
    notes: "",
  },
  participants: [{ name: "Sam Patel", jobTitle: "Head of safeguarding", group: "staff" }],
  statements: [{ number: 8, name: "Safeguarding", theme: "Ensuring safety", weStatement: "We work with people." }],
  evidence: [{ id: "ev1", title: "Safeguarding annual report", description: "", categories: ["Processes"] }],
};

describe.skipIf(!officeSuite)("a briefing pack opened in an office suite", () => {
  it("has a cover naming the session and the council, then numbered pages with a header", async () => {
    const pages = await renderWordDocument(await buildBriefingDocx(pack));
    const [cover, ...body] = pages;
    expect(cover?.text).toContain("Briefing: Safeguarding interview");
    expect(cover?.text).toContain("3 March 2026, 10:00 to 11:00");
    expect(body.length).toBeGreaterThanOrEqual(1);
    body.forEach((page, index) => {
      expect(page.text).toContain("Northshire County Council");
      expect(page.text).toContain(`Page ${index + 2} of ${pages.length}`);
    });
    expect(body.map((page) => page.text).join(" ")).toContain("Sam Patel (Head of safeguarding)");
    for (const page of pages) expect(page.fontFamilies).not.toContain("serif");
  }, 120_000);
});
