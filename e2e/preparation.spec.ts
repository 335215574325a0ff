import type { BrowserContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { fillDate } from "./support/date-input";
import { plantWorkspace, signInAs } from "./support/planted-session";

/**
 * Staff preparation as the issue asks it to be tried: a team manager builds a mock interview for
 * social workers on safeguarding, runs it in the presenter view from the keyboard, records
 * attendance and themes, and ten anonymous pulse answers show up in the team's results. Along the
 * way every new page type is checked for accessibility, and another team manager cannot see it.
 */
test.describe.configure({ mode: "serial" });

let workspaceId = "";
let sessionPath = "";
// The same team manager plans, runs and records the session, across the tests below.
let manager: BrowserContext;
test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Brookfield Council")).id;
});
test.afterAll(async () => {
  await manager?.close();
});

test("a team manager builds a safeguarding mock interview and presents it from the keyboard", async ({
  browser,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  manager = await browser.newContext();
  await signInAs(manager, workspaceId, "team_manager");
  const page = await manager.newPage();

  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Staff preparation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Staff preparation" })).toBeVisible();
  await page.getByRole("link", { name: "Question bank" }).click();
  await page.getByRole("button", { name: "Load the starting bank of 105 questions" }).click();
  await expect(page.getByText(/105 questions/).first()).toBeVisible();
  await expectAccessible(page);
  const firstQuestion = await page.locator("main li > p > a").first().getAttribute("href");
  for (const path of [firstQuestion!, "/preparation/questions/import", "/preparation/questions/new"]) {
    await page.goto(path);
    await expectAccessible(page);
  }

  await page.goto("/preparation/sessions/new");
  await expectAccessible(page);
  // Sent empty first: every problem is named, nothing is planned.
  await page.getByRole("button", { name: "Plan session and choose questions" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Enter a title for the session" })).toBeVisible();
  await page.getByLabel("Title").fill("Safeguarding mock interview");
  await page.getByLabel("Team", { exact: true }).fill("North locality team");
  await page.getByRole("radio", { name: "Mock interview" }).check();
  await page.getByLabel("Who it is for (optional)").selectOption({ label: "Frontline social workers" });
  await fillDate(page, "Date", "2026-12-03");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Place or online link (optional)").fill("Room 4, Civic Centre");
  await page.getByRole("button", { name: "Plan session and choose questions" }).click();

  await expect(page.getByText("Session planned. Now choose its questions")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: /Safeguarding$/ }).check();
  await page.getByLabel("How many questions").fill("5");
  await page.getByRole("button", { name: "Draw questions" }).click();
  await expect(page.getByText("5 questions added to the session.")).toBeVisible();
  sessionPath = new URL(page.url()).pathname;
  const questions = page.getByRole("region", { name: "Questions" }).getByRole("listitem");
  await expect(questions).toHaveCount(5);
  await expect(page.getByRole("region", { name: "Questions" })).toContainText("Safeguarding");
  const texts = await page.getByRole("region", { name: "Questions" }).locator("li > p.font-bold").allInnerTexts();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Open presenter view" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(texts[0]!.replace(/^1\. /, ""));
  await expect(page.getByText("question 1 of 5")).toBeVisible();
  // On a shared screen the site header (navigation, who is signed in) is not shown.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expectAccessible(page);
  const prompts = page.getByText("What a good answer draws on");
  const firstPrompt = page.getByRole("main").locator("details").first().locator("li").first();
  await expect(firstPrompt).toBeHidden();

  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("question 2 of 5")).toBeVisible();
  await expect(heading).toHaveText(texts[1]!.replace(/^2\. /, ""));
  await expect(heading).toBeFocused();
  // Prompts stay hidden until asked for: Tab to them and open them with Enter.
  await page.keyboard.press("Tab");
  await expect(prompts).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(firstPrompt).toBeVisible();
  // The next question starts with its prompts hidden again.
  await page.keyboard.press("PageDown");
  await expect(page.getByText("question 3 of 5")).toBeVisible();
  await expect(page.getByRole("main").locator("details").first().locator("li").first()).toBeHidden();
  await page.keyboard.press("End");
  await expect(page.getByText("question 5 of 5")).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByText("question 4 of 5")).toBeVisible();
  await expect(page).toHaveURL(/\?q=4$/);

  await page.getByRole("button", { name: "Start timer" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("timer", { name: "Session time" })).not.toHaveText("Session 0:00", { timeout: 5_000 });
  await page.getByRole("button", { name: "Pause timer" }).click();

  // A reload lands on the same question: the address holds it.
  await page.reload();
  await expect(page.getByText("question 4 of 5")).toBeVisible();
  await page.close();

  // Without JavaScript the presenter view is plain links and disclosure widgets, and still works.
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await manager.storageState() });
  const noScript = await plain.newPage();
  await noScript.goto(`${sessionPath}/present`);
  await noScript.getByRole("link", { name: "Next question →" }).click();
  await expect(noScript.getByText("question 2 of 5")).toBeVisible();
  await noScript.getByText("What a good answer draws on").click();
  await expect(noScript.getByRole("main").locator("details").first().locator("li").first()).toBeVisible();
  await plain.close();
});

test("the team manager records attendance and themes, and ten staff answer the pulse anonymously", async ({
  browser,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const otherManager = await browser.newContext();
  await signInAs(otherManager, workspaceId, "team_manager");
  const stranger = await otherManager.newPage();
  // Another team manager's session is not found, not merely hidden from a list.
  const response = await stranger.goto(sessionPath);
  expect(response?.status()).toBe(404);
  await otherManager.close();

  const page = await manager.newPage();
  await page.goto(sessionPath);
  await page.getByRole("link", { name: "Record attendance, notes and themes" }).click();
  await expectAccessible(page);
  await page
    .getByLabel("Attendance")
    .fill(Array.from({ length: 10 }, (_, index) => `Social worker ${index + 1}`).join("\n"));
  await page
    .getByLabel("Notes")
    .fill("Strong on thresholds; less sure where to find the safeguarding board's annual report.");
  await page
    .getByLabel("Themes raised")
    .fill("Where to find the board's annual report\nLearning from safeguarding adult reviews");
  await page.getByRole("button", { name: "Save the record" }).click();
  await expect(page.getByText("The session's attendance, notes and themes have been saved.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Attendance (10)" })).toBeVisible();
  await expect(page.getByText("Learning from safeguarding adult reviews")).toBeVisible();

  await page.getByRole("radio", { name: "After the session" }).check();
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByText("Link created.")).toBeVisible();
  const link = await page.getByLabel("Link for staff to answer after the session").inputValue();
  await expectAccessible(page);

  // Ten people, each on their own device and signed in to nothing.
  for (let person = 0; person < 10; person++) {
    const device = await browser.newContext();
    const phone = await device.newPage();
    await phone.goto(link);
    if (person === 0) {
      await expectAccessible(phone);
      // Nothing chosen: each theme is named, nothing is stored.
      await phone.getByRole("button", { name: "Submit my answers" }).click();
      await expect(phone.getByRole("alert", { name: "There is a problem" })).toContainText(
        "Choose how confident you feel",
      );
    }
    const groups = phone.getByRole("group");
    const count = await groups.count();
    for (let theme = 0; theme < count; theme++) {
      await groups
        .nth(theme)
        .getByRole("radio", { name: person < 7 ? "4 – Fairly confident" : "3 – Somewhat confident" })
        .check();
    }
    await phone.getByRole("button", { name: "Submit my answers" }).click();
    await expect(phone.getByRole("heading", { name: "Thank you: your answers have been saved" })).toBeVisible();
    await device.close();
  }

  await page.reload();
  await expect(page.getByText("Answers so far: 0 before, 10 after.")).toBeVisible();
  await expect(page.getByRole("table", { name: /after the session, by theme: 10 answers/ })).toBeVisible();

  await page.goto("/preparation/confidence");
  await expectAccessible(page);
  const team = page.getByRole("region", { name: "North locality team" });
  const table = team.getByRole("table", { name: "Before and after sessions, by theme" });
  // Seven of ten chose 4: 70% confident, three in the middle, in every theme and overall.
  await expect(table.getByRole("row", { name: /All themes/ })).toContainText("70%");
  await expect(table.getByRole("row", { name: /All themes/ })).toContainText("10");

  // The readiness lead sees every team's sessions, this one included.
  const lead = await browser.newContext();
  await signInAs(lead, workspaceId, "readiness_lead");
  const leadPage = await lead.newPage();
  await leadPage.goto("/preparation");
  await expect(leadPage.getByRole("link", { name: "Safeguarding mock interview" })).toBeVisible();
  await lead.close();
});

test("good practice is logged by a team manager and turned into evidence by the readiness team", async ({
  browser,
  expectAccessible,
}) => {
  const managerContext = await browser.newContext();
  await signInAs(managerContext, workspaceId, "team_manager");
  const page = await managerContext.newPage();
  await page.goto("/good-practice");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Record good practice or a challenge" }).click();
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Good practice" }).check();
  await page.getByLabel("Title").fill("Same-day safeguarding strategy meetings");
  await page
    .getByLabel("What happened")
    .fill("Strategy meetings held on the day of the concern, with the person's wishes recorded first.");
  await page.getByRole("checkbox", { name: /Safeguarding$/ }).check();
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Same-day safeguarding strategy meetings" })).toBeVisible();
  const entryPath = new URL(page.url()).pathname;
  // A second entry, with no quality statement ticked: the readiness team chooses them later.
  await page.goto("/good-practice/new");
  await page.getByRole("radio", { name: "Good practice" }).check();
  await page.getByLabel("Title").fill("Carers' drop-in at the library");
  await page
    .getByLabel("What happened")
    .fill("A weekly drop-in where carers get advice and an assessment booked on the spot.");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Carers' drop-in at the library" })).toBeVisible();
  const untaggedPath = new URL(page.url()).pathname;
  await managerContext.close();

  const contributor = await browser.newContext();
  await signInAs(contributor, workspaceId, "contributor");
  const library = await contributor.newPage();
  await library.goto(entryPath);
  await expectAccessible(library);
  await library.getByRole("radio", { name: "Processes" }).check();
  await library.getByRole("button", { name: "Add to the evidence library" }).click();
  await library
    .getByRole("link", { name: /evidence item|evidence library/i })
    .first()
    .click();
  await expect(
    library.getByRole("heading", { level: 1, name: "Same-day safeguarding strategy meetings" }),
  ).toBeVisible();
  await expect(library.getByText("Draft", { exact: true }).first()).toBeVisible();

  await library.goto(untaggedPath);
  await library.getByRole("radio", { name: "Processes" }).check();
  await library.getByRole("button", { name: "Add to the evidence library" }).click();
  await expect(library.getByRole("link", { name: /Select the quality statements it supports/ })).toBeVisible();
  await expectAccessible(library);
  await library.getByRole("checkbox", { name: /Assessing needs$/ }).check();
  await library.getByRole("button", { name: "Add to the evidence library" }).click();
  await library
    .getByRole("link", { name: /evidence item|evidence library/i })
    .first()
    .click();
  await expect(library.getByRole("heading", { level: 1, name: "Carers' drop-in at the library" })).toBeVisible();
  await contributor.close();
});
