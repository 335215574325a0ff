import { expect, test } from "./fixtures";
import { plantWorkspace, signInAs } from "./support/planted-session";

/** What a usability test found people tripping over: the home page, refused pages, uploads, the visit. */
let workspaceId = "";
test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Wrenford District Council")).id;
});

test("a team manager's home page starts with staff preparation and cases", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "team_manager");
  const page = await context.newPage();
  await page.goto("/");
  const startHere = page.getByRole("heading", { name: "Start here" }).locator("xpath=following-sibling::ul[1]");
  await expect(startHere.getByRole("link").nth(0)).toHaveText("Staff preparation");
  await expect(startHere.getByRole("link").nth(1)).toHaveText("Cases");
  await context.close();
});

test("a refused page has its own title, not the title of the page refused", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "viewer");
  const page = await context.newPage();
  expect((await page.goto("/dashboard"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have permission to see this page");
  await expect(page).toHaveTitle(/^You do not have permission to see this page/);
  await context.close();
});

test("an upload sent with no file is reported in an error summary, with Error: in the title", async ({
  browser,
  expectAccessible,
}) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();
  await page.goto("/cases/import");
  await expect(page).toHaveTitle(/^Import cases/);
  // No browser bubble holds the form back: the server says what is missing.
  await page.getByRole("button", { name: "Check the file" }).click();
  const summary = page.getByRole("alert", { name: "The file was not read" });
  await expect(summary.getByRole("link", { name: "Choose a CSV or Excel file to upload." })).toHaveAttribute(
    "href",
    "#extract",
  );
  await expect(page).toHaveTitle(/^Error: Import cases/);
  await expect(page.getByLabel("Case extract")).toHaveAccessibleDescription(/Choose a CSV or Excel file to upload/);
  await expectAccessible(page);
  await context.close();
});
