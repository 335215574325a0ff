import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { plantWorkspace, signInAs } from "./support/planted-session";

/**
 * The readiness team writes and scores all nine statements, a director agrees them, and the
 * indicative rating follows; two people editing at once lose nothing; history and snapshots.
 */
test.describe.configure({ mode: "serial" });

// The nine statements, in order, from the framework reference the app loads.
const STATEMENTS = (
  JSON.parse(readFileSync("prisma/reference/cqc-la-framework.json", "utf8")) as { qualityStatements: { key: string }[] }
).qualityStatements.map((statement) => statement.key);
// Seven 3s and two 4s: 29 of 36 = 80.6%, rounded 81%: Good.
const SCORES: Record<string, number> = { "partnerships-and-communities": 4, "learning-improvement-innovation": 4 };

let workspaceId = "";

test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Southbrook City Council")).id;
});

async function save(page: Page, version?: number) {
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText(version ? `Saved as version ${version}.` : /Saved as version \d+/)).toBeVisible();
}

test("the readiness lead drafts a statement, and restores an earlier revision", async ({
  browser,
  expectAccessible,
}) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();
  await page.goto("/self-assessment");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Self-assessment");
  await expect(page.getByText("No statements scored yet")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "1. Assessing needs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("1. Assessing needs");
  await page.getByLabel("Strength 1").fill("First draft: most Care Act assessments finish within 28 days");
  await expect(page.getByText("10 words in all (recommended up to 350)")).toBeVisible();
  await expectAccessible(page);
  await save(page, 1);
  await page.getByLabel("Strength 1").fill("Second draft: assessments are timely");
  await save(page, 2);

  // Unsaved text: leaving through a link asks first, and staying keeps the text.
  await page.getByLabel("How we know").fill("Not saved yet");
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByLabel("How we know")).toHaveValue("Not saved yet");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History: Assessing needs");
  await page.getByLabel("Compare").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Compare" }).click();
  const changes = page.getByRole("table", { name: /Changes from version 1 to version 2/ });
  await expect(changes).toContainText("[removed: First][added: Second] draft:");
  await expect(changes).toContainText("[added: are timely]");
  await expectAccessible(page);
  await page
    .getByRole("row", { name: /^1 Saved/ })
    .getByRole("button", { name: /Restore/ })
    .click();
  await expect(page.getByText("The earlier revision is now the current text, saved as version 3.")).toBeVisible();
  await expect(page.getByLabel("Strength 1")).toHaveValue(
    "First draft: most Care Act assessments finish within 28 days",
  );
  await context.close();
});

test("two people editing the same statement lose nothing", async ({ browser }) => {
  const leadContext = await browser.newContext();
  const contributorContext = await browser.newContext();
  await signInAs(leadContext, workspaceId, "readiness_lead");
  await signInAs(contributorContext, workspaceId, "contributor");
  const lead = await leadContext.newPage();
  const contributor = await contributorContext.newPage();
  await lead.goto("/self-assessment/safeguarding");
  await contributor.goto("/self-assessment/safeguarding");

  await lead.getByLabel("How we know").fill("Lead's version: section 42 audit");
  await save(lead);
  await contributor.getByLabel("How we know").fill("Contributor's version: safeguarding board feedback");
  await contributor.getByRole("button", { name: "Save statement" }).click();

  await expect(contributor.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Someone else saved this statement",
  );
  const panel = contributor.getByRole("region", { name: "Your text and the saved version" });
  await expect(panel).toContainText("Contributor's version: safeguarding board feedback");
  await expect(panel).toContainText("Lead's version: section 42 audit");
  // What the contributor typed is still in the form, ready to merge and save.
  await expect(contributor.getByLabel("How we know")).toHaveValue("Contributor's version: safeguarding board feedback");
  await contributor.getByLabel("How we know").fill("Merged: section 42 audit and safeguarding board feedback");
  await save(contributor);
  await contributor.goto("/self-assessment/safeguarding/history");
  await expect(contributor.getByRole("cell", { name: /Kept, not saved/ })).toBeVisible();
  await leadContext.close();
  await contributorContext.close();
});

test("the lead scores all nine and submits them; a director agrees them; the rating follows", async ({
  browser,
  expectAccessible,
}) => {
  const leadContext = await browser.newContext();
  await signInAs(leadContext, workspaceId, "readiness_lead");
  const lead = await leadContext.newPage();

  await lead.goto("/self-assessment/snapshots");
  await lead.getByLabel("Name").fill("Baseline");
  await lead.getByRole("button", { name: "Take snapshot" }).click();
  await expect(lead.getByText('Snapshot "Baseline" saved.')).toBeVisible();

  for (const key of STATEMENTS) {
    const score = SCORES[key] ?? 3;
    await lead.goto(`/self-assessment/${key}`);
    await lead.getByLabel("Strength 1").fill(`Evidence-backed strength for ${key}`);
    await lead.getByRole("radio", { name: "Improving" }).check();
    await lead.getByLabel("Reason for the direction of travel").fill("Waiting times are falling");
    await lead.getByRole("radio", { name: new RegExp(`^${score}:`) }).check();
    await lead.getByLabel("Why this score").fill("Our audits show this standard");
    await save(lead);
    await lead.getByRole("button", { name: "Submit for review" }).click();
    await expect(lead.getByText("Submitted for review.")).toBeVisible();
  }

  const directorContext = await browser.newContext();
  await signInAs(directorContext, workspaceId, "director");
  const director = await directorContext.newPage();
  for (const key of STATEMENTS) {
    await director.goto(`/self-assessment/${key}`);
    await director.getByRole("button", { name: "Agree statement" }).click();
    await expect(director.getByText("Agreed. The statement is now read-only.")).toBeVisible();
  }
  await expectAccessible(director);
  await director.goto("/self-assessment");
  await expect(director.getByText("9 of 9 quality statements agreed.")).toBeVisible();
  await expect(director.getByText("Good, 81%")).toBeVisible();
  await expect(director.getByText(/upper Good/)).toBeVisible();
  await expectAccessible(director);

  await lead.goto("/self-assessment/snapshots");
  await lead.getByLabel("Name").fill("After review");
  await lead.getByRole("button", { name: "Take snapshot" }).click();
  await expect(lead.getByText('Snapshot "After review" saved.')).toBeVisible();
  await lead.goto("/self-assessment/snapshots");
  // Newest first: "After review" is the first option, "Baseline" the second.
  await lead.getByLabel("Compare", { exact: true }).selectOption({ index: 1 });
  await lead.getByLabel("with").selectOption({ index: 0 });
  await lead.getByRole("button", { name: "Compare snapshots" }).click();
  const comparison = lead.getByRole("table", { name: /Baseline to After review/ });
  await expect(comparison.getByRole("row", { name: /Partnerships and communities/ })).toContainText("none to 4");
  await expectAccessible(lead);
  await leadContext.close();
  await directorContext.close();
});

test("what-if moves the rating without saving, and the print view holds every theme", async ({
  browser,
  expectAccessible,
}) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "viewer");
  const page = await context.newPage();
  await page.goto("/self-assessment/what-if");
  await expect(page.getByText("Good, 81%")).toBeVisible();
  await expect(page.getByText(/would reach Outstanding/)).toBeVisible();
  await page.getByLabel(/^1\. Assessing needs/).selectOption("4");
  await page.getByLabel(/^7\. Safeguarding/).selectOption("4");
  await page.getByLabel(/^6\. Safe systems/).selectOption("4");
  await expect(page.getByText("Outstanding, 89%")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/self-assessment/print");
  await expect(page.getByRole("heading", { level: 2, name: /^Theme \d/ })).toHaveCount(4);
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(9);
  await expectAccessible(page);
  // Viewers read, they do not edit.
  await page.goto("/self-assessment/safeguarding");
  await expect(page.getByRole("button", { name: "Save statement" })).toHaveCount(0);
  await context.close();
});
