import path from "node:path";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db/client";
import { seedDemoCases } from "../prisma/demo-cases";
import { seedDemoEvidence } from "../prisma/demo-evidence";
import { seedDemoInformationReturn } from "../prisma/demo-information-return";
import { seedDemoPlan } from "../prisma/demo-plan";
import { seedDemoPreparation } from "../prisma/demo-preparation";
import { seedDemoRequests } from "../prisma/demo-requests";
import { seedDemoSelfAssessment } from "../prisma/demo-self-assessment";
import { createMember } from "../tests/factories";
import { filesNamed } from "../tests/support/source-tree";
import { expect, test } from "./fixtures";
import { plantWorkspace, signInAs } from "./support/planted-session";

/**
 * WCAG 1.4.10 Reflow: at 390 CSS pixels wide (a common phone) no page scrolls sideways. Every page
 * in src/app is found by reading the tree, so a new page is covered without editing this file; a
 * page with an id in its address is opened for a row of the demo council's data. Wide tables may
 * scroll inside their own frame, which the standard allows; the page itself may not.
 */
test.describe.configure({ timeout: 600_000 });
test.use({ viewport: { width: 390, height: 844 } });

const WIDTH = 390;
const appDir = path.resolve(__dirname, "..", "src", "app");
let workspaceId = "";
let leadId = "";
const people: Record<string, string> = {};

/** Every page's route pattern, e.g. "/evidence/[id]/edit". */
async function pageRoutes(): Promise<string[]> {
  const files = await filesNamed(appDir, (name) => name === "page.tsx");
  return files.map((file) => {
    const route = path.dirname(path.relative(appDir, file)).split(path.sep).join("/");
    return route === "." ? "/" : `/${route}`;
  });
}

/** A real value for each dynamic part of a route, read from the planted council's rows. */
async function resolve(route: string): Promise<string | null> {
  const where = { workspaceId };
  const first = async (find: () => Promise<{ id: string } | null>) => (await find())?.id ?? null;
  const ids: Record<string, () => Promise<string | null>> = {
    "/cases/[id]": () => first(() => db.trackedCase.findFirst({ where, select: { id: true } })),
    "/cases/import/[id]": () => first(() => db.caseImport.findFirst({ where, select: { id: true } })),
    "/evidence/[id]": () => first(() => db.evidenceItem.findFirst({ where, select: { id: true } })),
    "/evidence/import/[id]": () => first(() => db.evidenceImport.findFirst({ where, select: { id: true } })),
    "/factual-accuracy/[id]": () => first(() => db.factualAccuracyPoint.findFirst({ where, select: { id: true } })),
    "/good-practice/[id]": () => first(() => db.goodPracticeEntry.findFirst({ where, select: { id: true } })),
    "/improvement-plan/[id]": () => first(() => db.improvementAction.findFirst({ where, select: { id: true } })),
    "/information-return/[id]": () => first(() => db.informationReturnItem.findFirst({ where, select: { id: true } })),
    "/preparation/questions/[id]": () => first(() => db.interviewQuestion.findFirst({ where, select: { id: true } })),
    "/preparation/questions/import/[id]": () =>
      first(() => db.questionImport.findFirst({ where, select: { id: true } })),
    "/preparation/sessions/[id]": () =>
      first(() => db.prepSession.findFirst({ where, select: { id: true }, orderBy: { startsAt: "asc" } })),
    "/requests/[id]": () => first(() => db.evidenceRequest.findFirst({ where, select: { id: true } })),
    "/timeline/checklist/[id]": () => first(() => db.readinessChecklistItem.findFirst({ where, select: { id: true } })),
    "/visit/import/[id]": () => first(() => db.visitImport.findFirst({ where, select: { id: true } })),
    "/visit/participants/[id]": () => first(() => db.visitParticipant.findFirst({ where, select: { id: true } })),
    "/visit/sessions/[id]": () => first(() => db.visitSession.findFirst({ where, select: { id: true } })),
  };
  let resolved = route;
  for (const [prefix, find] of Object.entries(ids)) {
    if (route === prefix || route.startsWith(`${prefix}/`)) {
      const id = await find();
      if (!id) return null;
      resolved = route.replace("[id]", id);
    }
  }
  if (resolved.includes("[statementKey]")) resolved = resolved.replace("[statementKey]", "assessing-needs");
  if (resolved.includes("[key]")) resolved = resolved.replace("[key]", "site_visit_start");
  if (resolved.includes("[day]")) {
    const session = await db.visitSession.findFirst({ where, select: { startsAt: true } });
    if (!session) return null;
    resolved = resolved.replace("[day]", session.startsAt.toISOString().slice(0, 10));
  }
  // Tokens are stored only as hashes: the pages they open are covered by their own journeys.
  return resolved.includes("[") ? null : resolved;
}

test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Reflow Borough Council")).id;
});

async function widthOf(page: Page, address: string) {
  const response = await page.goto(address, { waitUntil: "load" });
  // The width, and for a page too wide the innermost elements that reach past the screen's edge.
  const { width, culprits } = await page.evaluate((screen) => {
    // Inside a frame that scrolls (a wide table) an element may reach past the edge, unless it is
    // absolutely positioned against something outside that frame.
    const scrolledInside = (element: Element) => {
      if (getComputedStyle(element).position === "absolute") return false;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll("body *")].filter(
      (element) => element.getBoundingClientRect().right > screen + 1 && !scrolledInside(element),
    );
    const innermost = wide.filter((element) => !wide.some((other) => other !== element && element.contains(other)));
    return {
      width: document.documentElement.scrollWidth,
      culprits: innermost.slice(0, 3).map((element) => {
        const name = `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`;
        return `${name} (${Math.round(element.getBoundingClientRect().right)}px: ${(element.textContent ?? "").trim().slice(0, 40)})`;
      }),
    };
  }, WIDTH);
  return { status: response?.status() ?? 0, width, culprits };
}

test("no page scrolls sideways at 390 pixels wide", async ({ browser }) => {
  const lead = await browser.newContext();
  const admin = await browser.newContext();
  const signedOut = await browser.newContext();
  leadId = (await signInAs(lead, workspaceId, "readiness_lead")).userId;
  await signInAs(admin, workspaceId, "administrator");
  for (const role of ["contributor", "team_manager", "director"] as const) {
    people[role] = (await createMember(workspaceId, role)).userId;
  }
  console.log("reflow: seeding");
  const team = { leadId, contributorId: people.contributor!, managerId: people.team_manager! };
  await seedDemoEvidence(workspaceId, [leadId, people.contributor!], people.contributor!);
  await seedDemoInformationReturn(workspaceId, { leadId, contributorId: people.contributor! });
  await seedDemoRequests(workspaceId, team);
  await seedDemoCases(workspaceId, team);
  await seedDemoPreparation(workspaceId, team);
  await seedDemoSelfAssessment(workspaceId, {
    leadId,
    contributorId: people.contributor!,
    directorId: people.director!,
  });
  await seedDemoPlan(workspaceId, team);

  const pages = { lead: await lead.newPage(), admin: await admin.newPage(), signedOut: await signedOut.newPage() };
  const measured: { address: string; width: number; culprits: string[] }[] = [];
  const skipped: string[] = [];
  for (const route of await pageRoutes()) {
    const address = await resolve(route);
    if (!address) {
      skipped.push(route);
      continue;
    }
    const page = route.startsWith("/admin")
      ? pages.admin
      : ["/sign-in", "/setup", "/no-access"].includes(route)
        ? pages.signedOut
        : pages.lead;
    const { status, width, culprits } = await widthOf(page, address);
    expect.soft(status, `${address} answers`).toBeLessThan(500);
    // Printed as it goes, so a slow run still shows which pages were measured.
    console.log(`reflow ${width}px ${status} ${address}`);
    measured.push({ address, width, culprits });
  }
  test.info().annotations.push({ type: "not opened (no row to open)", description: skipped.join(", ") });

  // Charts are scaled to fit; on a phone their text must still be 12 px or more.
  await pages.lead.goto("/dashboard");
  const chartText = await pages.lead.evaluate(() =>
    [...document.querySelectorAll("figure svg")].flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll("text")].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
    }),
  );
  expect(chartText.length, "chart labels on the dashboard").toBeGreaterThan(0);
  expect(Math.min(...chartText), "smallest chart text on a phone, in pixels").toBeGreaterThanOrEqual(12);
  expect(measured.length, "pages measured").toBeGreaterThan(50);
  expect(
    measured
      .filter((page) => page.width > WIDTH)
      .map((page) => `${page.address}: ${page.width}px, ${page.culprits.join("; ")}`),
    "pages wider than the screen",
  ).toEqual([]);
});
