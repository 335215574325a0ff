import { expect, test } from "./fixtures";
import { plantWorkspace, signInAs } from "./support/planted-session";
import { waitForMail } from "./support/mailbox";

/**
 * Evidence requests: a readiness lead asks for what the coverage matrix shows is missing; the
 * colleague is e-mailed (a real SMTP server on loopback), answers with a file, and the evidence is
 * found by the words inside it. Someone new is invited by e-mail and declines with a reason.
 */
test.describe.configure({ mode: "serial" });

let workspaceId = "";
test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Fenbridge District Council")).id;
});

test("a lead asks a colleague for missing evidence; they answer with a file that search then finds", async ({
  browser,
  expectAccessible,
}) => {
  const leadContext = await browser.newContext();
  await signInAs(leadContext, workspaceId, "readiness_lead");
  const managerContext = await browser.newContext();
  await signInAs(managerContext, workspaceId, "team_manager", "kim.lee@fenbridge.example");

  const lead = await leadContext.newPage();
  await lead.goto("/evidence/coverage");
  await lead.getByRole("link", { name: "Ask a colleague for people's experience evidence for Safeguarding" }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("Ask for evidence");
  // Chosen on the coverage page: what it is for and the kind of evidence.
  await expect(lead.getByLabel("What is the evidence for?")).toHaveValue("statement:safeguarding");
  await expect(lead.getByRole("radio", { name: "People's experience" })).toBeChecked();
  await expectAccessible(lead);

  await lead.getByRole("button", { name: "Send request" }).click();
  await expect(lead.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Choose a colleague from the list",
  );
  await lead.getByLabel("Which colleague?").selectOption({ label: "Test team_manager" });
  await lead.getByLabel("Message (optional)").fill("Feedback from people after a safeguarding enquiry, 2025-26.");
  await lead.getByRole("button", { name: "Send request" }).click();
  await expect(lead.getByText("Request sent. They have been e-mailed.")).toBeVisible();
  await expectAccessible(lead);

  const mail = await waitForMail("kim.lee@fenbridge.example", /^Evidence request: 7\. Safeguarding/);
  expect(mail.text).toContain("Feedback from people after a safeguarding enquiry");
  const requestUrl = new URL(mail.text!.match(/http\S+\/requests\/[\w-]+/)![0]);

  const manager = await managerContext.newPage();
  await manager.goto("/");
  await manager.getByRole("link", { name: "1 request for evidence is waiting for you" }).click();
  await expect(manager.getByRole("table", { name: "1 open of 1" })).toContainText("Due in 14 days");
  await expectAccessible(manager);
  await manager.getByRole("link", { name: "7. Safeguarding" }).click();
  await expect(manager).toHaveURL(requestUrl.toString());

  // A refused file keeps what was typed, and none of it goes into the address.
  await manager.getByLabel("Title").fill("Safeguarding feedback survey 2025-26");
  await manager.getByLabel("Note (optional)").fill("Mr Adeyemi's comments are on page 2");
  await manager.getByLabel("File", { exact: true }).setInputFiles({
    name: "survey.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("MZ this is a program, not a PDF"),
  });
  await manager.getByRole("button", { name: "Upload evidence" }).click();
  await expect(manager.getByRole("alert", { name: "Your evidence was not uploaded" })).toContainText(
    "Renaming a file does not change its type",
  );
  await expect(manager.getByLabel("Title")).toHaveValue("Safeguarding feedback survey 2025-26");
  await expect(manager.getByLabel("Note (optional)")).toHaveValue("Mr Adeyemi's comments are on page 2");
  expect(decodeURIComponent(manager.url())).not.toMatch(/Safeguarding feedback|Adeyemi/);
  await expectAccessible(manager);

  const csv =
    "Question,Answer\nDid you feel safer afterwards?,Yes: the social worker listened and the plan made sense\n";
  await manager
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "Safeguarding feedback.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await manager.getByRole("button", { name: "Upload evidence" }).click();
  await expect(manager.getByText("Thank you: your evidence is uploaded and the request is answered.")).toBeVisible();

  await lead.goto("/requests");
  await expect(lead.getByRole("table", { name: "1 requests" })).toContainText("Answered");
  await lead.getByRole("link", { name: "7. Safeguarding" }).click();
  await lead.getByRole("link", { name: "Safeguarding feedback survey 2025-26" }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("Safeguarding feedback survey 2025-26");

  // Found by words only inside the uploaded file.
  await lead.goto("/evidence");
  await lead.getByLabel("Search").fill("social worker listened");
  await lead.getByRole("button", { name: "Apply filters" }).click();
  await expect(lead.getByRole("table", { name: /1 item/ })).toContainText("Safeguarding feedback survey 2025-26");
  await leadContext.close();
  await managerContext.close();
});

test("someone new is invited by e-mail with the request, joins, and declines it with a reason", async ({
  browser,
  expectAccessible,
}) => {
  const leadContext = await browser.newContext();
  await signInAs(leadContext, workspaceId, "readiness_lead");
  const lead = await leadContext.newPage();
  await lead.goto("/requests/new");
  await lead.getByRole("radio", { name: "Someone new" }).check();
  await lead.getByLabel("Their full name").fill("Robin Shaw");
  await lead.getByLabel("Their e-mail address").fill("robin.shaw@fenbridge.example");
  await lead
    .getByLabel("What is the evidence for?")
    .selectOption({ label: "4. Care provision, integration and continuity" });
  await lead.getByRole("radio", { name: "Partners" }).check();
  await lead.getByRole("button", { name: "Send request" }).click();
  await expect(lead.getByText("Request sent. They have been e-mailed.")).toBeVisible();

  const mail = await waitForMail("robin.shaw@fenbridge.example", /^Evidence request: 4\./);
  const invitation = mail.text!.match(/http\S+\/invitations\/[\w-]+/)![0];

  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto(invitation);
  await newcomer.getByLabel("Create a password").fill("robins-passphrase-2026");
  await newcomer.getByLabel("Confirm your password").fill("robins-passphrase-2026");
  await newcomer.getByRole("button", { name: "Accept invitation" }).click();
  await newcomer.getByRole("link", { name: "1 request for evidence is waiting for you" }).click();
  await newcomer.getByRole("link", { name: /^4\. / }).click();

  await newcomer.getByRole("button", { name: "Decline the request" }).click();
  await expect(newcomer.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Say why you cannot provide this evidence",
  );
  await newcomer
    .getByLabel("Why can you not provide it?")
    .fill("The integrated care board holds this: ask its partnerships team.");
  await newcomer.getByRole("button", { name: "Decline the request" }).click();
  await expect(newcomer.getByText("You declined the request.")).toBeVisible();
  await expectAccessible(newcomer);

  await lead.goto("/requests");
  await lead.getByRole("link", { name: /^4\. / }).click();
  await expect(lead.getByText("The integrated care board holds this")).toBeVisible();
  await expect(lead.getByText("Request sent: e-mailed")).toBeVisible();
  await expectAccessible(lead);
});

test("a viewer has no evidence requests at all", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "viewer");
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" })).toHaveCount(0);
  const response = await page.goto("/requests");
  expect(response?.status()).toBe(403);
});
