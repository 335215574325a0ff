import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { EMPTY_CONTENT } from "@/features/self-assessment/domain";
import { expect, test } from "./fixtures";
import { expectDate, fillDate } from "./support/date-input";
import { plantWorkspace, signInAs } from "./support/planted-session";

/**
 * After the assessment, as a readiness lead: record the council's published CQC result by pasting
 * the report's text (the form is filled for checking, then saved), see our self-assessment beside
 * CQC's scores, and turn two of CQC's findings into improvement actions at once.
 */
const REPORT = readFileSync(
  path.join(__dirname, "..", "src", "features", "cqc-result", "fixtures", "report-pages.txt"),
  "utf8",
);

// Our self-assessment: three statements differ from CQC's (two higher, one lower), six match.
const OURS: Record<string, number> = {
  "assessing-needs": 3,
  "supporting-healthier-lives": 3,
  "equity-in-experience-and-outcomes": 2,
  "care-provision-integration-continuity": 2,
  "partnerships-and-communities": 2,
  "safe-systems-pathways-transitions": 2,
  safeguarding: 3,
  "governance-management-sustainability": 3,
  "learning-improvement-innovation": 3,
};

let workspaceId = "";
test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Eastmoor Council")).id;
  const statements = await db.qualityStatement.findMany({
    where: { frameworkVersion: { workspaces: { some: { id: workspaceId } } } },
    select: { id: true, key: true },
  });
  const cycle = await db.assessmentCycle.findFirstOrThrow({ where: { workspaceId }, select: { id: true } });
  for (const statement of statements) {
    const score = OURS[statement.key]!;
    await db.statementAssessment.create({
      data: {
        workspaceId,
        cycleId: cycle.id,
        qualityStatementId: statement.id,
        status: "in_progress",
        version: 1,
        score,
        content: { ...EMPTY_CONTENT, score },
      },
    });
  }
});

test("the readiness lead records the CQC result from the report's text, sees the calibration and acts on two findings", async ({
  browser,
  expectAccessible,
}) => {
  // One long journey with an accessibility scan of every page it opens.
  test.setTimeout(180_000);
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();

  await page.goto("/cqc-result");
  await expect(page.getByRole("heading", { level: 1, name: "CQC result" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Record the CQC result" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Record the CQC result" })).toBeVisible();
  await expectAccessible(page);

  // A rating outside the band of the percentage is refused, and nothing is saved.
  await page.getByLabel("Text of the report's pages").fill(REPORT);
  await page.getByRole("button", { name: "Fill the form from this text" }).click();
  await expect(page.getByText("Read from the text: 9 of 9 scores.")).toBeVisible();
  await expectDate(page, "Date published", "2025-10-24");
  await expect(page.getByLabel("Overall percentage")).toHaveValue("59");
  await expect(page.getByRole("radio", { name: "Requires improvement" })).toBeChecked();
  await expect(
    page.getByRole("group", { name: "CQC's score for Safeguarding" }).getByRole("radio", { name: /^1:/ }),
  ).toBeChecked();
  await expect(page.getByLabel("Key findings for Assessing needs (optional)")).toHaveValue(
    /People waited too long for a Care Act assessment/,
  );
  await expectAccessible(page);

  await page.getByRole("radio", { name: "Good", exact: true }).check();
  await page.getByRole("button", { name: "Save the CQC result" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("59% is in the Requires improvement band (39% to 62%), not Good.");
  await expectAccessible(page);
  await page.goto("/cqc-result");
  await expect(page.getByText("has not been recorded yet")).toBeVisible();

  // Pasted again and checked, it saves.
  await page.getByRole("link", { name: "Record the CQC result" }).click();
  await page.getByLabel("Text of the report's pages").fill(REPORT);
  await page.getByRole("button", { name: "Fill the form from this text" }).click();
  await expect(page.getByLabel("Overall percentage")).toHaveValue("59");
  await page.getByRole("button", { name: "Save the CQC result" }).click();
  await expect(page).toHaveURL(/\/cqc-result\?saved=recorded$/);
  await expect(page.getByText("The CQC result is saved.")).toBeVisible();
  await expect(page.getByText("Requires improvement, 59%")).toBeVisible();
  await expect(page.getByText(/Safeguarding is scored 1: evidence shows significant shortfalls/)).toBeVisible();

  // The calibration: the summary line, and each difference in words.
  await expect(
    page.getByText("Our self-assessment matched CQC on 6 of 9 statements; we were higher on 2 and lower on 1."),
  ).toBeVisible();
  const calibration = page.getByRole("table", { name: /Our self-assessed score and CQC's score/ });
  await expect(calibration.getByRole("row", { name: /7\. Safeguarding/ })).toContainText("We were higher by 2 points");
  await expect(calibration.getByRole("row", { name: /5\. Partnerships and communities/ })).toContainText(
    "We were lower by 1 point",
  );
  await expectAccessible(page);

  // Two findings become two actions in one post.
  await page.getByRole("checkbox", { name: /People waited too long for a Care Act assessment/ }).check();
  await page.getByRole("checkbox", { name: /Safeguarding concerns were not always screened/ }).check();
  await page.getByLabel("Or, for someone without an account, their name").fill("Head of adult social care");
  await fillDate(page, "Due date", "2027-03-31");
  await page.getByRole("button", { name: "Create actions from the ticked findings" }).click();
  await expect(page.getByText("2 actions were added to the improvement plan.")).toBeVisible();
  await expect(page.getByText(/Already an action: People waited too long/)).toBeVisible();
  await expectAccessible(page);

  await page.goto("/improvement-plan");
  await expect(page.getByRole("link", { name: /People waited too long for a Care Act assessment/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Safeguarding concerns were not always screened/ })).toBeVisible();

  // The statement's page shows CQC's score beside ours.
  await page.goto("/self-assessment/safeguarding");
  const cqc = page.getByRole("region", { name: "CQC's published score" });
  await expect(cqc).toContainText("We were higher by 2 points");
  await expectAccessible(page);

  // The director's dashboard shows it too.
  const directorContext = await browser.newContext();
  await signInAs(directorContext, workspaceId, "director");
  const director = await directorContext.newPage();
  await director.goto("/dashboard");
  await expect(
    director.getByText("Our self-assessment matched CQC on 6 of 9 statements; we were higher on 2 and lower on 1."),
  ).toBeVisible();
  await expectAccessible(director);
  await directorContext.close();
  await context.close();
});

test("the readiness lead starts an annual self-assessment carried forward from the first, changes a score and compares the two cycles", async ({
  browser,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();

  await page.goto("/self-assessment");
  await page.getByRole("link", { name: "All cycles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assessment cycles" })).toBeVisible();
  await expect(page.getByText("Current cycle: First assessment.")).toBeVisible();
  await page.getByRole("link", { name: "Start a new cycle" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Start a new cycle" })).toBeVisible();
  await expectAccessible(page);

  // A thematic review needs its lens and statements: refused, and nothing started.
  await page.getByRole("radio", { name: "Thematic review" }).check();
  await page.getByRole("button", { name: "Start the cycle" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("Enter the review's lens, for example unpaid carers");
  await expect(summary).toContainText("Choose the statements this review covers");

  await page.getByRole("radio", { name: "Annual self-assessment" }).check();
  await page.getByLabel("Name").fill("Annual self-assessment 2027");
  await page.getByRole("button", { name: "Start the cycle" }).click();
  await expect(page).toHaveURL(/\/cycles\?started=/);
  await expect(page.getByText("Annual self-assessment 2027 started.")).toBeVisible();
  await expect(page.getByText("Current cycle: Annual self-assessment 2027.")).toBeVisible();
  await expectAccessible(page);

  // The carried-forward draft: safeguarding was 3; the new cycle raises it to 4.
  await page.goto("/self-assessment/safeguarding");
  await page.getByRole("radio", { name: /^4:/ }).check();
  await page.getByLabel("Why this score").fill("The re-audit found every enquiry started within two days");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText(/Saved as version 2\./)).toBeVisible();

  await page.goto("/cycles");
  await page.getByLabel("Compare").selectOption({ label: "First assessment" });
  await page.getByLabel("with").selectOption({ label: "Annual self-assessment 2027" });
  await page.getByRole("button", { name: "Compare cycles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare cycles" })).toBeVisible();
  const comparison = page.getByRole("table", { name: /First assessment to Annual self-assessment 2027/ });
  await expect(comparison.getByRole("row", { name: /Safeguarding/ })).toContainText("3 to 4");
  await expect(comparison.getByRole("row", { name: /Assessing needs/ })).toContainText("(same)");
  await expectAccessible(page);
  await context.close();
});
