import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { plantWorkspace, signInAs } from "./support/planted-session";

test.describe.configure({ mode: "serial" });

const FIXTURES = path.join(__dirname, "..", "src", "lib", "text-extraction", "fixtures");

/** Adds a document mapped to one statement and one category; gives back the item's address. */
async function addDocument(page: Page, title: string, statement: string, category: string) {
  await page.goto("/evidence/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: "Document" }).check();
  await page.getByRole("checkbox", { name: statement }).check();
  await page.getByRole("checkbox", { name: category }).check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByText("Evidence added.")).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

/** Uploads a fixture to the item, then reloads until the job queue has read it. */
async function uploadAndWaitForReading(page: Page, item: string, file: string, read: RegExp) {
  await page.getByLabel("Upload a file").setInputFiles(path.join(FIXTURES, file));
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByText("File uploaded as version 1.")).toBeVisible();
  await expect(async () => {
    await page.goto(item);
    await expect(page.getByText(read)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 90_000 });
}

let workspaceId = "";
test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Riverside Borough Council")).id;
});

test("a contributor adds evidence, finds it by search and sees the coverage gaps", async ({
  browser,
  expectAccessible,
}) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "contributor");
  const page = await context.newPage();
  await page.goto("/evidence");
  await expect(page.getByText("No evidence matches these filters.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Add evidence" }).click();
  await page.getByLabel("Title").fill("Carers' experience survey 2026");
  await page.getByRole("radio", { name: "Link" }).check();
  await page.getByRole("checkbox", { name: "1. Assessing needs" }).check();
  await page.getByRole("checkbox", { name: "People's experience" }).check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  // A link needs its address: the message says so and the rest is kept.
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter the web address for a link",
  );
  await expect(page.getByLabel("Title")).toHaveValue("Carers' experience survey 2026");
  await expectAccessible(page);
  await page.getByLabel("Web address (optional)").fill("https://intranet.riverside.example/carers-survey");
  await page.getByLabel("Description").fill("Unpaid carers told us what helps and what gets in the way.");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByText("Evidence added.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Carers' experience survey 2026");
  await expectAccessible(page);

  await page.goto("/evidence");
  await page.getByLabel("Search").fill("carer");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("table", { name: /1 item/ })).toContainText("Carers' experience survey 2026");

  await page.goto("/evidence/coverage");
  await expect(page.getByRole("row", { name: /1\. Assessing needs/ })).toContainText(
    "1 items for Assessing needs, People's experience",
  );
  await expect(page.getByText("Safeguarding: no people's experience evidence")).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test("a viewer cannot find evidence that contains personal data", async ({ browser }) => {
  const contributorContext = await browser.newContext();
  await signInAs(contributorContext, workspaceId, "contributor");
  const page = await contributorContext.newPage();
  await page.goto("/evidence/new");
  await page.getByLabel("Title").fill("Named safeguarding case notes");
  await page.getByRole("radio", { name: "Case study" }).check();
  await page.getByRole("checkbox", { name: "7. Safeguarding" }).check();
  await page.getByRole("checkbox", { name: "Processes" }).check();
  await page.getByRole("checkbox", { name: /Contains personal data/ }).check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByText("Evidence added.")).toBeVisible();
  const address = page.url().replace(/\?.*$/, "");
  await contributorContext.close();

  const viewerContext = await browser.newContext();
  await signInAs(viewerContext, workspaceId, "viewer");
  const viewer = await viewerContext.newPage();
  await viewer.goto(address);
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await viewer.goto("/evidence");
  await expect(viewer.getByText("Named safeguarding case notes")).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Add evidence" })).toHaveCount(0);
  await viewerContext.close();
});

test("files: a PDF is uploaded and downloaded intact; a renamed program is refused", async ({
  browser,
  expectAccessible,
}) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();
  await addDocument(page, "Safeguarding adults board annual report", "7. Safeguarding", "Feedback from partners");

  const pdf = Buffer.concat([
    Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"),
    Buffer.alloc(200_000, "x"),
    Buffer.from("\n%%EOF\n"),
  ]);
  await page
    .getByLabel("Upload a file")
    .setInputFiles({ name: "SAB annual report 2025-26.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByText("File uploaded as version 1.")).toBeVisible();
  await expectAccessible(page);

  const fake = Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(10_000, 0)]);
  await page
    .getByLabel("Upload a new version")
    .setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: fake });
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("alert", { name: "The file was not uploaded" })).toContainText(
    "Renaming a file does not change its type",
  );

  // A 100 MB report streams through without trouble.
  const { mkdtemp, rm, writeFile } = await import("node:fs/promises");
  const folder = await mkdtemp("/tmp/e2e-upload-");
  const big = `${folder}/Annual performance report.pdf`;
  await writeFile(big, Buffer.concat([Buffer.from("%PDF-1.7\n", "latin1"), Buffer.alloc(100 * 1024 * 1024 - 9, "p")]));
  await page.getByLabel("Upload a new version").setInputFiles(big);
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByText("File uploaded as version 2.")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("row", { name: /Annual performance report\.pdf/ })).toContainText("100.0 MB");
  await rm(folder, { recursive: true, force: true });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /SAB annual report 2025-26\.pdf/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("SAB annual report 2025-26.pdf");
  const saved = await download.path();
  const { readFile } = await import("node:fs/promises");
  expect((await readFile(saved)).equals(pdf)).toBe(true);
  await context.close();
});

test("an existing register is imported after a row-by-row check", async ({ browser, expectAccessible }) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();
  await page.goto("/evidence/import");
  await expectAccessible(page);
  const csv = [
    "Title,Quality statements,Evidence categories,Status",
    "Transitions audit 2026,6,Processes,Ready",
    "Partner survey,5,Feedback from partners,Approved",
    "Mystery row,42,Processes,Ready",
  ].join("\n");
  await page
    .getByLabel("Register file")
    .setInputFiles({ name: "register.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("register.csv: 3 rows, 2 ready to import, 1 with problems.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Mystery row/ })).toContainText(
    'Quality statement "42" is not one of the nine',
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: "Import the 2 valid rows and leave out 1" }).click();
  await expect(page.getByText("2 items imported; 1 row with problems was left out.")).toBeVisible();
  await page.getByLabel("Search").fill("transitions");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: "Transitions audit 2026" })).toBeVisible();
  await context.close();
});

test("slides saved by an office suite are read, found by a word only inside them, and their suggested statement is added", async ({
  browser,
  expectAccessible,
}) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "contributor");
  const page = await context.newPage();
  const item = await addDocument(
    page,
    "Board update, November",
    "9. Learning, improvement and innovation",
    "Feedback from partners",
  );
  // Saved by LibreOffice Impress as PowerPoint (src/lib/text-extraction/fixtures/README.md); the
  // job queue reads it in the background and the page says how it is going on each load.
  await uploadAndWaitForReading(page, item, "safeguarding-board.pptx", /^Read: \d+ words?, 2 pages/);

  const suggestions = page.getByRole("region", { name: "Suggested from the file's text" });
  await expect(suggestions).toContainText("Safeguarding");
  await expect(suggestions).toContainText(/Words that matched: .*safeguarding/);
  await expectAccessible(page);
  await suggestions.getByRole("button", { name: "Add Safeguarding" }).click();
  await expect(page.getByText("Added to the item's mapping.")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "7. Safeguarding" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add Safeguarding" })).toHaveCount(0);

  await page.goto("/evidence?q=thrombolite");
  await expect(page.getByRole("link", { name: "Board update, November" })).toBeVisible();
  await context.close();
});

test("a file of every kind an office suite or scanner makes is read and found by a word only inside it", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "contributor");
  const page = await context.newPage();
  // Made by LibreOffice Writer, Calc and Impress, a PDF printer, nodemailer and a scanner's raster
  // (fixtures/README.md); each word is in its file and nowhere else in the library.
  const files = [
    ["Carers strategy (Word)", "carers-strategy.docx", "zephyrine"],
    ["Carers strategy (Word 97)", "carers-strategy.doc", "zephyrine"],
    ["Carers strategy (PDF)", "carers-strategy.pdf", "zephyrine"],
    ["Waiting list (Excel)", "waiting-list.xlsx", "marmalise"],
    ["Carers survey (e-mail)", "carers-survey.eml", "velodrome"],
    ["Thank-you letter (scan)", "thank-you-letter-scan.png", "reablement"],
  ] as const;
  for (const [title, file] of files) {
    const item = await addDocument(page, title, "1. Assessing needs", "People's experience");
    await uploadAndWaitForReading(page, item, file, /^Read: \d+ words?/);
  }
  for (const [title, , word] of files) {
    await page.goto(`/evidence?q=${word}`);
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  }
  await context.close();
});
