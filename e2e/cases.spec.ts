import { expect, test } from "./fixtures";
import { plantWorkspace, signInAs } from "./support/planted-session";

/**
 * Case tracking as the issue asks it to be tried: import 500 cases (bad rows reported), build a
 * long list of 50 covering every cohort, select 10, audit three, write and sign off a reflective
 * log, see the audit results on the quality statement; a viewer is refused every case page; the
 * case page shows who looked at it.
 */
test.describe.configure({ mode: "serial" });

let workspaceId = "";
test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Ashby Vale Council")).id;
});

const COHORTS = [
  "Hospital discharge",
  "Transition from children's services",
  "Unpaid carer",
  "Autism or learning disability",
  "Mental health",
  "Safeguarding enquiry",
  "Direct payments",
];

function extract(): string {
  const lines = ["Case reference,Cohort,Team,Practitioner,First contact,Assessment,Plan,Support type"];
  for (let index = 1; index <= 500; index++) {
    const cohort = COHORTS[index % COHORTS.length]!;
    const reference = index === 17 ? "Jane Smith" : `AVC-${String(index).padStart(5, "0")}`;
    lines.push(
      `${reference},"${index === 33 ? "Dragons" : cohort}",${index % 2 ? "North team" : "South team"},SW-${index % 30},02/03/2026,${index === 250 ? "01/01/2026" : "16/03/2026"},30/03/2026,Home care`,
    );
  }
  return `${lines.join("\n")}\n`;
}

test("the readiness lead imports 500 cases and builds the sample", async ({ browser, expectAccessible }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();
  await page.goto("/cases");
  await page.getByRole("button", { name: "Set up case tracking" }).click();
  await expect(page.getByText("Case tracking is set up")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Import cases" }).click();
  await page
    .getByLabel("Case extract")
    .setInputFiles({ name: "extract.csv", mimeType: "text/csv", buffer: Buffer.from(extract()) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("extract.csv: 500 rows, 497 new cases to import, 3 with problems.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Jane Smith/ })).toContainText("never a name");
  await expect(page.getByRole("row", { name: /AVC-00033/ })).toContainText('Cohort "Dragons" is not in your list');
  await expect(page.getByRole("row", { name: /AVC-00250/ })).toContainText(
    "The assessment date cannot be before the first contact",
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: "Import the 497 valid rows and leave out 3" }).click();
  await expect(page.getByText("497 cases imported; 3 rows with problems left out.")).toBeVisible();

  // A long list of 50 that covers every cohort: a few from each, cohort by cohort.
  for (const [index, cohort] of COHORTS.entries()) {
    await page.getByLabel("Cohort", { exact: true }).selectOption({ label: cohort });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("table", { name: /cases, page 1/ })).toBeVisible();
    const take = index < 1 ? 8 : 7;
    const boxes = page.getByRole("checkbox", { name: /^Tick case/ });
    for (let box = 0; box < take; box++) await boxes.nth(box).check();
    await page.getByRole("button", { name: "Put on the long list" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${take} cases updated.` })).toBeVisible();
  }
  await page.goto("/cases");
  await expect(page.getByRole("row", { name: /Long list/ }).first()).toContainText("50");
  await expect(page.getByText("Every cohort has at least one case on the long list.")).toBeVisible();

  await page.getByLabel("Stage").selectOption({ label: "Long list" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  const boxes = page.getByRole("checkbox", { name: /^Tick case/ });
  for (let box = 0; box < 10; box++) await boxes.nth(box * 5).check();
  await page.getByRole("button", { name: "Mark as selected by CQC" }).click();
  await expect(page.getByRole("status").filter({ hasText: "10 cases updated." })).toBeVisible();
  await page.goto("/cases");
  const sample = page.getByRole("table", { name: /Cases at each stage/ });
  await expect(sample.getByRole("row", { name: /Long list/ })).toContainText("50");
  await expect(sample.getByRole("row", { name: /Selected by CQC/ })).toContainText("10");
  await expectAccessible(page);

  for (const path of ["/cases/timeliness", "/cases/timeliness?by=team", "/cases/settings", "/cases/new"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a case");
  await page.goto("/cases/timeliness");
  await expect(
    page.getByRole("table", { name: "From first contact to assessment" }).getByRole("row", { name: /All cases/ }),
  ).toContainText("14 days");

  // The export for CQC: the 50 sampled cases, equality information only when asked for.
  const plain = (await (await page.request.get("/api/cases/export")).body())
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\n");
  expect(plain).toHaveLength(51);
  expect(plain[0]).toBe(
    "Case reference,Cohort,Stage,Team,Practitioner,First contact,Assessment,Plan,Last review,Support type,Consent to contact",
  );
  const withEquality = (await (await page.request.get("/api/cases/export?equality=yes")).body()).toString("utf8");
  expect(withEquality).toContain("Age band,Ethnicity,Sex,Disability");
  await context.close();
});

test("a team manager audits three selected cases; a reflective log is written and signed off", async ({
  browser,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const managerContext = await browser.newContext();
  await signInAs(managerContext, workspaceId, "team_manager");
  const manager = await managerContext.newPage();
  await manager.goto("/cases?stage=selected");
  const selected = await manager
    .getByRole("link", { name: /^AVC-/ })
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute("href")!));
  expect(selected).toHaveLength(10);

  for (const [index, href] of selected.slice(0, 3).entries()) {
    await manager.goto(`${href}/audit`);
    if (index === 0) {
      // Every question needs an answer: a missing one is named.
      await manager.getByRole("button", { name: "Save the audit" }).click();
      await expect(manager.getByRole("alert", { name: "There is a problem" })).toContainText("Answer every question");
      await expectAccessible(manager);
    }
    const questions = manager.locator("form fieldset");
    const count = await questions.count();
    for (let question = 0; question < count; question++)
      await questions.nth(question).getByLabel("Yes", { exact: true }).check();
    await manager.getByRole("button", { name: "Save the audit" }).click();
    await expect(manager.getByText("Case audit saved.")).toBeVisible();
  }
  await expectAccessible(manager);

  const contributorContext = await browser.newContext();
  await signInAs(contributorContext, workspaceId, "contributor");
  const contributor = await contributorContext.newPage();
  await contributor.goto(`${selected[0]}/reflective-log`);
  await contributor
    .getByLabel("The journey in brief")
    .fill("Referred by the ward; home with reablement within two days.");
  await contributor.getByLabel("What went well").fill("Assessment on the ward before discharge.");
  await contributor.getByRole("button", { name: "Send for sign-off" }).click();
  await expect(contributor.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Say what could have been better",
  );
  await expect(contributor.getByLabel("The journey in brief")).toHaveValue(
    "Referred by the ward; home with reablement within two days.",
  );
  await contributor.getByLabel("What could have been better").fill("Equipment came a day late.");
  await contributor.getByLabel("The person's voice").fill('"They had it all sorted before I left."');
  await contributor.getByLabel("Outcomes").fill("At home without ongoing support after six weeks.");
  await contributor.getByRole("button", { name: "Send for sign-off" }).click();
  await expect(contributor.getByText("Sent for sign-off.")).toBeVisible();
  await expectAccessible(contributor);

  await manager.goto(`${selected[0]}/reflective-log`);
  await manager.getByRole("button", { name: "Sign off the reflective log" }).click();
  await expect(manager.getByText("Signed off. The reflective log is now read-only.")).toBeVisible();
  await expect(manager.getByText("Equipment came a day late.")).toBeVisible();

  // The audit results show on the statement the questions inform.
  await manager.goto("/self-assessment/assessing-needs");
  const results = manager.getByRole("table", { name: /Answers from completed case audits/ });
  await expect(results.getByRole("row", { name: /Was the carer offered a carer's assessment\?/ })).toContainText("3");
  await expect(results.getByRole("row", { name: /Was the carer offered a carer's assessment\?/ })).toContainText(
    "100%",
  );
  await expectAccessible(manager);

  // The readiness lead sees who looked at the case.
  const leadContext = await browser.newContext();
  await signInAs(leadContext, workspaceId, "readiness_lead");
  const lead = await leadContext.newPage();
  await lead.goto(selected[0]!);
  await expect(lead.getByRole("region", { name: "Who has looked at this case" })).toContainText("Test team_manager");
  await expectAccessible(lead);
});

test("a viewer is refused every case page", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "viewer");
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" })).toHaveCount(0);
  const leadContext = await browser.newContext();
  await signInAs(leadContext, workspaceId, "readiness_lead");
  const lead = await leadContext.newPage();
  await lead.goto("/cases");
  const someCase = await lead.getByRole("link", { name: /^AVC-/ }).first().getAttribute("href");
  for (const path of [
    "/cases",
    someCase!,
    `${someCase}/audit`,
    `${someCase}/reflective-log`,
    `${someCase}/edit`,
    "/cases/new",
    "/cases/import",
    "/cases/timeliness",
    "/cases/settings",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  expect((await page.request.get("/api/cases/export")).status()).toBe(403);
});
