import JSZip from "jszip";
import { expect, test } from "./fixtures";
import { plantWorkspace, signInAs } from "./support/planted-session";

/**
 * A director reads where the council stands and takes the documents away: the Word
 * self-assessment, the PDF board pack and the evidence register in Excel and CSV.
 */
let workspaceId = "";
test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Kestrel Bay Council")).id;
});

test("a director reads the dashboard and downloads the Word, PDF, Excel and CSV documents", async ({
  browser,
  expectAccessible,
}) => {
  const leadContext = await browser.newContext();
  await signInAs(leadContext, workspaceId, "readiness_lead");
  const lead = await leadContext.newPage();
  // One piece of evidence, so the register has a row and the coverage a count.
  await lead.goto("/evidence/new");
  await lead.getByLabel("Title").fill("Kestrel Bay carers' survey 2026");
  await lead.getByRole("radio", { name: "Feedback or survey" }).check();
  await lead.getByRole("checkbox", { name: "1. Assessing needs" }).check();
  await lead.getByRole("checkbox", { name: "People's experience" }).check();
  // Only evidence marked ready or approved is cited in the Word document.
  await lead.getByLabel("Status").selectOption({ label: "Ready" });
  await lead.getByRole("button", { name: "Add evidence" }).click();
  await expect(lead.getByText("Evidence added.")).toBeVisible();

  const context = await browser.newContext();
  await signInAs(context, workspaceId, "director");
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: "Dashboard" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(page.getByRole("region", { name: "Indicative rating" })).toContainText(
    "No rating yet: 9 of 9 statements unscored",
  );
  const heatmap = page.getByRole("table", { name: /Quality statements by theme/ });
  await expect(heatmap.getByRole("link", { name: "7. Safeguarding" })).toHaveAttribute(
    "href",
    "/self-assessment/safeguarding",
  );
  await expect(heatmap).toContainText("Not scored");
  await expect(page.getByRole("img", { name: /The case sample against CQC's numbers/ })).toBeVisible();
  await expectAccessible(page);

  const word = await page.request.get("/api/reports/self-assessment");
  expect(word.status()).toBe(200);
  expect(word.headers()["content-disposition"]).toMatch(
    /attachment; filename="self-assessment-\d{4}-\d{2}-\d{2}\.docx"/,
  );
  const documentXml = await (await JSZip.loadAsync(await word.body())).file("word/document.xml")!.async("string");
  expect(documentXml.includes("Kestrel Bay Council"), "council name in the document").toBe(true);
  expect(documentXml.includes("Kestrel Bay carers"), "cited evidence in the document").toBe(true);

  const pdf = await page.request.get("/api/reports/board-pack");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");

  const excel = await page.request.get("/api/reports/evidence-register?format=xlsx");
  const workbook = await JSZip.loadAsync(await excel.body());
  expect(Object.keys(workbook.files)).toContain("xl/workbook.xml");

  const csv = await page.request.get("/api/reports/evidence-register?format=csv");
  const text = (await csv.body()).toString("utf8");
  expect(text.split("\n")[0]).toContain("Title,Description,Kind,Status,Quality statements");
  expect(text).toContain("Kestrel Bay carers' survey 2026");
  await context.close();
  await leadContext.close();
});

test("a viewer has no dashboard and no documents", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "viewer");
  const page = await context.newPage();
  expect((await page.goto("/dashboard"))?.status()).toBe(403);
  expect((await page.request.get("/api/reports/board-pack")).status()).toBe(403);
});

test("the main navigation marks where the user is after moving within the app", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();
  await page.goto("/");
  const navigation = page.getByRole("navigation", { name: "Main" });
  await expect(navigation.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  // A marker on the window survives only a client-side navigation, proving no full reload happened.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  await navigation.getByRole("link", { name: "Evidence" }).click();
  await expect(page).toHaveURL(/\/evidence$/);
  await expect(navigation.getByRole("link", { name: "Evidence" })).toHaveAttribute("aria-current", "page");
  await expect(navigation.getByRole("link", { name: "Home" })).not.toHaveAttribute("aria-current", /.*/);
  // The menu's list is in the page twice (a phone's "Menu" and the wide row), one of them not displayed.
  await expect(navigation.locator('[aria-current="page"]:visible')).toHaveCount(1);

  await navigation.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(navigation.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await expect(navigation.locator('[aria-current="page"]:visible')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await context.close();
});

test("a statement agreed a moment ago shows on the dashboard at its next load", async ({ browser }) => {
  const freshId = (await plantWorkspace("Heron Vale Council")).id;
  const directorContext = await browser.newContext();
  await signInAs(directorContext, freshId, "director");
  const director = await directorContext.newPage();
  await director.goto("/dashboard");
  const rating = director.getByRole("region", { name: "Indicative rating" });
  await expect(rating).toContainText("No rating yet: 9 of 9 statements unscored");

  const leadContext = await browser.newContext();
  await signInAs(leadContext, freshId, "readiness_lead");
  const lead = await leadContext.newPage();
  await lead.goto("/self-assessment/assessing-needs");
  await lead.getByLabel("Strength 1").fill("Most Care Act assessments finish within 28 days");
  await lead.getByRole("radio", { name: "Improving" }).check();
  await lead.getByLabel("Reason for the direction of travel").fill("Waiting times are falling");
  await lead.getByRole("radio", { name: /^3:/ }).check();
  await lead.getByLabel("Why this score").fill("Our audits show this standard");
  await lead.getByRole("button", { name: "Save statement" }).click();
  await expect(lead.getByText(/Saved as version \d+/)).toBeVisible();
  await lead.getByRole("button", { name: "Submit for review" }).click();
  await expect(lead.getByText("Submitted for review.")).toBeVisible();

  // Counted while only ready for review, and the rating says so, naming the statement.
  await director.goto("/dashboard");
  await expect(rating).toContainText("No rating yet: 8 of 9 statements unscored");
  await expect(rating).toContainText(
    "This counts the score of 1 statement not yet agreed, so it may change when it is reviewed: 1. Assessing needs (ready for review).",
  );

  await director.goto("/self-assessment/assessing-needs");
  await director.getByRole("button", { name: "Agree statement" }).click();
  await expect(director.getByText("Agreed. The statement is now read-only.")).toBeVisible();
  // Well within any cache's lifetime: the dashboard must already show the score as agreed.
  await director.goto("/dashboard");
  await expect(rating).toContainText("No rating yet: 8 of 9 statements unscored");
  await expect(rating).not.toContainText("not yet agreed");
  await leadContext.close();
  await directorContext.close();
});

test("the dashboard's charts draw their text at 12 px or larger", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "director");
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page.getByRole("img", { name: /The case sample against CQC's numbers/ })).toBeVisible();
  // The size a reader sees: the font size in the drawing times the drawing's scale on the screen.
  const sizes = await page.locator("svg[role=img] text").evaluateAll((texts) =>
    texts
      .filter((text) => (text.textContent ?? "").trim() !== "")
      .map((text) => {
        const element = text as SVGTextElement;
        const scale = element.getScreenCTM()?.a ?? 1;
        return { text: element.textContent, px: parseFloat(getComputedStyle(element).fontSize) * scale };
      }),
  );
  expect(sizes.length).toBeGreaterThan(5);
  expect(sizes.filter((entry) => entry.px < 12)).toEqual([]);
  await context.close();
});
