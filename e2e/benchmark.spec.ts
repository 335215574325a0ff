import { readFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db/client";
import { outcomeFileHeadings, type StatementHeading } from "@/features/benchmark/schema";
import { expect, test } from "./fixtures";
import { plantWorkspace, signInAs } from "./support/planted-session";
import { scoreStatements } from "../tests/factories";
import { publishedCsvRows } from "../tests/support/published-outcomes";

/**
 * A director asks "how do we compare?": filters to councils in their region, reads where the
 * council's self-assessed scores sit, and opens the report of a council that scored higher. An
 * administrator's file with mistakes is refused line by line and changes nothing.
 */
let workspaceId = "";
test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Wearside Borough Council")).id;
  // Assessing needs (1) and equity in experience and outcomes (3) at 2; the rest at 3: 25 of 36, 70%.
  await scoreStatements(workspaceId, { 1: 2, 2: 3, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3, 8: 3, 9: 3 });
});

const DARLINGTON = "https://www.cqc.org.uk/care-services/local-authority-assessment-reports/darlington-0525";

test("a director compares the council with its region and opens the report of a council that scored higher", async ({
  browser,
  expectAccessible,
}) => {
  // Three pages scanned by axe, each with a dozen charts.
  test.slow();
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "director");
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Benchmark" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How we compare");
  await expect(page.getByText("All 75 councils with a published CQC assessment.")).toBeVisible();

  await page.getByRole("group", { name: "Region" }).getByLabel("North East").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]region=North\+East/);
  await expect(page.getByText("9 of 75 councils: those in North East.")).toBeVisible();

  const overall = page.getByRole("region", { name: "Overall ratings and percentages" });
  await expect(overall).toContainText("Our self-assessment: Good, 70%");
  await expect(overall.getByRole("img", { name: /Councils by overall rating/ })).toBeVisible();

  const assessing = page.getByRole("region", { name: "1. Assessing needs" }).first();
  await expect(assessing).toContainText(
    "Our self-assessed score: 2 (4 councils higher, 5 councils the same, 0 councils lower)",
  );
  await expect(assessing.getByRole("img", { name: /1\. Assessing needs: councils by score/ })).toBeVisible();
  // The same numbers as a table.
  await page.getByText("Councils by score for each quality statement, with our scores: the numbers as a table").click();
  await expect(
    page
      .getByRole("table", { name: "Councils by score for each quality statement, with our scores" })
      .getByRole("row", {
        name: /1\. Assessing needs/,
      }),
  ).toContainText("4 / 5 / 0");
  await expect(page.getByRole("region", { name: "What is hard nationally" })).toBeVisible();
  await expect(page.getByRole("region", { name: "About these figures" })).toContainText("2025-12");
  await expectAccessible(page);

  // CQC's site is not reached from the test: its report page is answered here.
  await context.route("https://www.cqc.org.uk/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: "<!doctype html><html lang=en><title>Darlington: CQC report</title><h1>Darlington Borough Council</h1></html>",
    }),
  );
  const learnFrom = page.getByRole("region", { name: "Councils to learn from" });
  const stronger = learnFrom.getByRole("region", { name: /^1\. Assessing needs/ });
  await expect(stronger).toContainText("4 councils scored it 3 or 4");
  await stronger.getByRole("link", { name: "Darlington Borough Council" }).click();
  await expect(page).toHaveURL(DARLINGTON);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Darlington Borough Council");

  await page.goBack();
  await page.getByRole("link", { name: "Print view" }).click();
  await expect(page).toHaveURL(/\/benchmark\/print\?region=North\+East/);
  await expect(page.getByRole("table", { name: "Councils by overall rating" })).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test("an administrator's file with mistakes is refused line by line and changes nothing", async ({
  browser,
  expectAccessible,
}) => {
  const framework = JSON.parse(
    readFileSync(path.join(process.cwd(), "prisma/reference/cqc-la-framework.json"), "utf8"),
  ) as { qualityStatements: StatementHeading[] };
  const rows = publishedCsvRows();
  rows[1]![5] = "5";
  rows[2]![4] = "Excellent";
  const csv = stringify([outcomeFileHeadings(framework.qualityStatements), ...rows]);
  const setsBefore = await db.publishedOutcomeSet.count();
  test.slow();

  const context = await browser.newContext();
  await signInAs(context, workspaceId, "administrator");
  const page = await context.newPage();
  await page.goto("/benchmark");
  await page.getByRole("link", { name: "Import newer published outcomes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import published outcomes");
  await expectAccessible(page);
  await page
    .getByLabel("File of published outcomes")
    .setInputFiles({ name: "outcomes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();

  await expect(page.getByText("outcomes.csv: 75 councils, 2 with problems.")).toBeVisible();
  await expect(
    page.getByRole("alert", { name: "This file cannot be applied, and nothing has been changed" }),
  ).toContainText("applied whole or not at all");
  await expect(page.getByRole("row", { name: /^3 / })).toContainText('"5" is not a score');
  await expect(page.getByRole("row", { name: /^4 / })).toContainText(
    'Overall rating "Excellent" is not one of CQC\'s four',
  );
  await expect(page.getByRole("button", { name: /Apply/ })).toHaveCount(0);
  await expectAccessible(page);

  expect(await db.publishedOutcomeSet.count()).toBe(setsBefore);
  await page.goto("/benchmark");
  await expect(page.getByRole("region", { name: "About these figures" })).toContainText("2025-12");
  await context.close();
});

test("a contributor has no benchmark", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "contributor");
  const page = await context.newPage();
  expect((await page.goto("/benchmark"))?.status()).toBe(403);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Benchmark" })).toHaveCount(0);
  await context.close();
});
