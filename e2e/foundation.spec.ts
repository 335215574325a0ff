import type { Page } from "@playwright/test";
import { ADMIN, COUNCIL, expect, test } from "./fixtures";
import { waitForMail } from "./support/mailbox";

/**
 * The first day with the product: set up the council, sign in and out, invite colleagues with
 * their roles (by password and through the council's identity provider), browse the framework.
 * The steps build on each other (setup happens once), so they run in order.
 */
test.describe.configure({ mode: "serial" });

async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function signIn(page: Page, email: string, password: string) {
  await submitSignIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(COUNCIL);
}

/** Starts OIDC sign-in and logs in at the test identity provider's own login page. */
async function signInAtIdentityProvider(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Council account" }).click();
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

let invitationLink = "";

test("a new council sets up its workspace and first administrator", async ({ page, expectAccessible }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up your council's workspace");
  await expectAccessible(page);

  // A mistake is reported in an error summary and nothing typed is lost.
  await page.getByLabel("Council name").fill(COUNCIL);
  await page.getByLabel("Your full name").fill(ADMIN.name);
  await page.getByLabel("E-mail address").fill("not-an-email");
  await page.getByLabel("Create a password").fill(ADMIN.password);
  await page.getByLabel("Confirm your password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create workspace" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /e-mail address in the correct format/i })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel("Council name")).toHaveValue(COUNCIL);
  await expectAccessible(page);

  await page.getByLabel("E-mail address").fill(ADMIN.email);
  await page.getByLabel("Create a password").fill(ADMIN.password);
  await page.getByLabel("Confirm your password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(COUNCIL);
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible();
  await expectAccessible(page);
});

test("setup is closed for good once done", async ({ page }) => {
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/(sign-in)?$/);
  await expect(page.getByRole("heading", { name: "Set up your council's workspace" })).toHaveCount(0);
});

test("the administrator signs out, and signs in again with a password", async ({ page, expectAccessible }) => {
  await submitSignIn(page, ADMIN.email, "wrong password entirely");
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter a correct e-mail address and password",
  );
  await expect(page.getByLabel("E-mail address")).toHaveValue(ADMIN.email);
  await expectAccessible(page);

  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(COUNCIL);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/framework");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fframework$/);
  // Signing in from there goes back to the page that was asked for.
  await page.getByLabel("E-mail address").fill(ADMIN.email);
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The CQC framework");
});

test("the administrator invites a director", async ({ page, expectAccessible }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await expectAccessible(page);

  await page.getByLabel("Full name").fill("Dana Director");
  await page.getByLabel("E-mail address").fill("dana.director@eastvale.example");
  await page.getByRole("radio", { name: "Director" }).check();
  await page.getByRole("button", { name: "Invite user" }).click();
  await expect(page.getByText("Dana Director has been invited and e-mailed this link")).toBeVisible();
  invitationLink = await page.getByLabel("Invitation link").inputValue();
  expect(invitationLink).toContain("/invitations/");
  // The same link arrives by e-mail (a real SMTP server on loopback).
  const mail = await waitForMail("dana.director@eastvale.example", /invited to Eastvale Borough Council/);
  expect(mail.text).toContain(invitationLink);
  await expect(page.getByRole("row", { name: /Dana Director/ })).toContainText("Invited");
  await expectAccessible(page);

  // The invitation is in the audit trail the administrator can read and export.
  await page.getByRole("link", { name: "See the audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit trail");
  await expect(page.getByRole("cell", { name: "member.invited" }).first()).toBeVisible();
  await expectAccessible(page);
});

test("the invited director accepts, signs in with that role and browses the framework", async ({
  browser,
  expectAccessible,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(invitationLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Join ${COUNCIL}`);
  await expectAccessible(page);
  await page.getByLabel("Create a password").fill("directors-passphrase-2026");
  await page.getByLabel("Confirm your password").fill("directors-passphrase-2026");
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(COUNCIL);
  await expect(page.getByText("Director", { exact: true })).toBeVisible();
  // A director does not manage users.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have permission to see this page");

  await page.goto("/framework");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The CQC framework");
  for (const theme of ["Working with people", "Providing support", "Leadership"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(theme) })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(9);
  await expectAccessible(page);

  await page.getByRole("link", { name: "7. Safeguarding" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("7. Safeguarding");
  await expect(page.getByText("I feel safe and am supported to understand and manage any risks.")).toBeVisible();
  await expectAccessible(page);

  // The invitation link works once only.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(invitationLink);
  await expect(second.getByText("expired or has already been used")).toBeVisible();
  await context.close();
  await again.close();
});

test("an invited person signs in through the council's identity provider", async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/users");
  await page.getByLabel("Full name").fill("Olu Contributor");
  await page.getByLabel("E-mail address").fill("olu.contributor@eastvale.example");
  await page.getByRole("radio", { name: "Contributor" }).check();
  await page.getByRole("button", { name: "Invite user" }).click();
  await expect(page.getByText("Olu Contributor has been invited")).toBeVisible();

  const context = await browser.newContext();
  const oidc = await context.newPage();
  await signInAtIdentityProvider(oidc, "olu.contributor@eastvale.example");
  await expect(oidc.getByRole("heading", { level: 1 })).toHaveText(COUNCIL);
  await expect(oidc.getByText("Contributor", { exact: true })).toBeVisible();
  await context.close();
});

test("someone the council has not invited is refused by the identity provider route", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAtIdentityProvider(page, "stranger@elsewhere.example");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("not been invited");
  await context.close();
});

test("public pages are accessible", async ({ page, expectAccessible }) => {
  for (const path of ["/sign-in", "/about", "/accessibility", "/no-such-page"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.goto("/about");
  await expect(page.getByText(/Open Government Licence v3.0/)).toBeVisible();
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/sign-in", "/api/health", "/about"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("the session cookie is httpOnly and SameSite", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const cookie = (await page.context().cookies()).find((candidate) =>
    candidate.name.endsWith("next-auth.session-token"),
  );
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  // The navigation says where the user is.
  await page.goto("/framework");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Framework" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});
