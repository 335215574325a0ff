import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import yauzl from "yauzl";
import { expect, test } from "./fixtures";
import { fillDate } from "./support/date-input";
import { plantWorkspace, signInAs } from "./support/planted-session";

/** Every entry of a ZIP file, read whole (test files are small). */
function readZip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(files));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

test("the readiness lead runs the information return and downloads a pack that matches its index", async ({
  browser,
  expectAccessible,
}) => {
  const workspaceId = (await plantWorkspace("Hillcrest Borough Council")).id;
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();

  // Evidence with a file, to link.
  await page.goto("/evidence/new");
  await page.getByLabel("Title").fill("Adult social care strategy 2026 to 2030");
  await page.getByRole("radio", { name: "Document" }).check();
  await page.getByRole("checkbox", { name: "8. Governance, management and sustainability" }).check();
  await page.getByRole("checkbox", { name: "Processes" }).check();
  await page.getByRole("button", { name: "Add evidence" }).click();
  const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n", "latin1"), Buffer.alloc(50_000, "s")]);
  await page
    .getByLabel("Upload a file")
    .setInputFiles({ name: "ASC strategy.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByText("File uploaded as version 1.")).toBeVisible();

  await page.goto("/information-return");
  await page.getByRole("button", { name: "Start from the standard list" }).click();
  await expect(page.getByRole("table", { name: "24 items" })).toBeVisible();
  await fillDate(page, "Date CQC notified the council", "2026-11-02");
  await page.getByRole("button", { name: "Save notification date" }).click();
  await expect(page.getByText(/Due 23 November 2026/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "IR02: Adult social care strategy and delivery plan" }).click();
  await page.getByLabel("Search the evidence library").fill("strategy");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByLabel(/Page or section/).fill("pages 4 to 9");
  await page.getByRole("button", { name: /^Link/ }).click();
  await expect(page.getByText("Evidence linked.")).toBeVisible();
  await page.getByLabel("Status").selectOption("ready");
  await page.getByRole("button", { name: "Save item" }).click();
  await expect(page.getByText("Item saved.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/information-return");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Download the information return pack/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^information-return-pack-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await readZip(await readFile(await download.path()));
  const packed = "IR02 Adult social care strategy and delivery plan/ASC strategy.pdf";
  expect([...zip.keys()].sort()).toEqual([packed, "index.xlsx"]);
  expect(zip.get(packed)!.equals(pdf)).toBe(true);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(zip.get("index.xlsx") as unknown as ArrayBuffer);
  const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
  const row = rows.find((values) => values.includes("IR02") && values.includes(packed));
  expect(row).toEqual(
    expect.arrayContaining([
      "IR02",
      "Adult social care strategy and delivery plan",
      "Adult social care strategy 2026 to 2030",
      packed,
      "pages 4 to 9",
    ]),
  );
  expect(rows).toHaveLength(1 + 24);
  await context.close();
});
