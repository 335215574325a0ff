import { expect, test } from "./fixtures";
import { plantWorkspace, signInAs } from "./support/planted-session";

/**
 * Council networks sometimes block scripts, and pages load before scripts run: forms must work
 * without JavaScript, and the page must be usable from the keyboard alone.
 */
test.use({ javaScriptEnabled: false });

test("a member signs in, and a statement is saved, with JavaScript switched off", async ({ browser }) => {
  const workspace = await plantWorkspace("Westmarch District Council");
  // A planted session makes the member; sign out and in again by password, without scripts.
  const setupContext = await browser.newContext();
  const member = await signInAs(setupContext, workspace.id, "readiness_lead");
  await setupContext.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill("wrong password here");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter a correct e-mail address and password",
  );
  await expect(page.getByLabel("E-mail address")).toHaveValue(member.email);
  // The server renders the "Error: " before the title: no script is there to add it.
  await expect(page).toHaveTitle(/^Error: Sign in – /);

  await page.getByLabel("Password", { exact: true }).fill("a long test passphrase");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Westmarch District Council");

  await page.goto("/self-assessment/safeguarding");
  await page.getByLabel("Strength 1").fill("Saved without scripts");
  await page.getByRole("radio", { name: /^3:/ }).check();
  // No rationale: the server's message comes back and the typed text is kept.
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Explain why you chose this score",
  );
  await expect(page.getByLabel("Strength 1")).toHaveValue("Saved without scripts");
  await expect(page).toHaveTitle(/^Error: /);
  await page.getByLabel("Why this score").fill("Good standard");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText("Saved as version 1.")).toBeVisible();
  await expect(page).not.toHaveTitle(/^Error: /);
  await context.close();
});

test.describe("from the keyboard", () => {
  test.use({ javaScriptEnabled: true });

  test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
    await page.goto("/about");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
  });
});
