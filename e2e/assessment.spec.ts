import { expect, test } from "./fixtures";
import { fillDate } from "./support/date-input";
import { plantWorkspace, signInAs } from "./support/planted-session";

/**
 * The assessment itself, as the issue asks it to be tried: enter the notification date and see
 * every later date; plan a three-day visit of 40 sessions and 90 participants from a spreadsheet,
 * with a double booking flagged; print a day's run sheet; record a debrief and a follow-up
 * request; log three factual accuracy points; link an action to an area for improvement and see
 * it on the statement's page.
 */
test.describe.configure({ mode: "serial" });

let workspaceId = "";
test.beforeAll(async () => {
  workspaceId = (await plantWorkspace("Oakhurst County Council")).id;
});

const DAYS = ["05/01/2027", "06/01/2027", "07/01/2027"];

/** 40 sessions over three days in two rooms, 90 people each in one session, one of them double-booked. */
function schedule(): string {
  const lines = ["Date,Start,End,Title,Kind,Place,Online link,CQC attendees,Quality statements,Participants"];
  let person = 1;
  for (let index = 0; index < 40; index++) {
    const day = DAYS[Math.floor(index / 14)]!;
    const slot = Math.floor((index % 14) / 2);
    const start = `${String(9 + slot).padStart(2, "0")}:00`;
    const end = `${String(9 + slot).padStart(2, "0")}:45`;
    const size = index < 10 ? 3 : 2;
    const people = Array.from({ length: size }, () => `Person ${person} (Social worker)`);
    for (let at = 0; at < size; at++) people[at] = `Person ${person++} (Social worker)`;
    // The double booking: Person 1 is also asked to the parallel session in the other room.
    if (index === 1) people.push("Person 1 (Social worker)");
    lines.push(
      `${day},${start},${end},Session ${index + 1},${index % 5 === 0 ? "Focus group" : ""},Room ${index % 2 === 0 ? "A" : "B"},,Inspector,Safeguarding,"${people.join("; ")}"`,
    );
  }
  return `${lines.join("\n")}\n`;
}

test("the readiness lead enters the notification date and every later date follows", async ({
  browser,
  expectAccessible,
}) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();
  await page.goto("/timeline");
  await expect(page.getByRole("heading", { level: 1, name: "Assessment timeline" })).toBeVisible();
  await fillDate(page, "Date CQC notified the council", "2026-11-02");
  await page.getByRole("button", { name: "Save notification date" }).click();
  const dates = page.getByRole("table", { name: "Key dates" });
  // Three weeks for the information return; the visit expected 26 weeks after notification unless changed.
  await expect(dates.getByRole("row", { name: /Information return due/ })).toContainText("23 November 2026");
  await expect(dates.getByRole("row", { name: /On-site visit starts/ })).toContainText("3 May 2027");
  await expect(dates.getByRole("row", { name: /On-site visit ends/ })).toContainText("17 May 2027");

  // The council was told to expect CQC sooner: a setting out of range is refused and changes nothing.
  const weeks = page.getByLabel("Expected on-site visit, in weeks after notification");
  await weeks.fill("3");
  await page.getByRole("button", { name: "Save visit setting" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter a number of weeks from 4 to 52",
  );
  await expect(dates.getByRole("row", { name: /On-site visit starts/ })).toContainText("3 May 2027");
  await expectAccessible(page);
  await weeks.fill("9");
  await page.getByRole("button", { name: "Save visit setting" }).click();
  await expect(page.getByText("Visit setting saved.")).toBeVisible();
  await expect(weeks).toHaveValue("9");
  await expect(dates.getByRole("row", { name: /On-site visit starts/ })).toContainText("4 January 2027");
  await expect(dates.getByRole("row", { name: /On-site visit ends/ })).toContainText("18 January 2027");
  await expect(dates.getByRole("row", { name: /Draft report received/ })).toContainText("Not known yet");
  await expectAccessible(page);

  // CQC sends the draft report: factual accuracy is due 10 working days later.
  await page.getByRole("link", { name: "Change draft report received" }).click();
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1, name: "Draft report received" })).toBeVisible();
  await fillDate(page, "Date", "2027-02-15");
  await page.getByRole("button", { name: "Save date" }).click();
  await expect(dates.getByRole("row", { name: /Factual accuracy comments due/ })).toContainText("1 March 2027");

  await page.getByRole("button", { name: "Start the checklist" }).click();
  await expect(page.getByText("The checklist has been started")).toBeVisible();
  await expectAccessible(page);

  // The dashboard counts down to the next key date.
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Next key date" })).toContainText(
    /On-site visit starts: 4 January 2027/,
  );

  // Three points challenged in the draft report.
  for (const [reference, draft] of [
    ["Page 4, paragraph 2", "Carers wait 12 weeks"],
    ["Page 7, paragraph 1", "There is no transitions protocol"],
    ["Page 11, paragraph 5", "Safeguarding enquiries take 60 days"],
  ]) {
    await page.goto("/factual-accuracy");
    await page.getByRole("link", { name: "Add a point" }).click();
    await page.getByLabel("Where it is in the draft report (optional)").fill(reference!);
    await page.getByLabel("What the draft report says").fill(draft!);
    await page
      .getByLabel("The council's correction")
      .fill(`Our data shows otherwise: ${draft!.toLowerCase()} is out of date.`);
    await page.getByRole("button", { name: "Add point" }).click();
    await expect(page).toHaveURL(/\/factual-accuracy\/[0-9a-f-]{36}\?saved=added/);
  }
  await page.goto("/factual-accuracy");
  await expect(page.getByRole("table", { name: "3 points" })).toBeVisible();
  await expect(page.getByText("1 March 2027").first()).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test("a three-day visit of 40 sessions and 90 people is planned from a spreadsheet, run, debriefed and followed up", async ({
  browser,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();
  await page.goto("/visit");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Import a schedule" }).click();
  await page
    .getByLabel("Visit schedule")
    .setInputFiles({ name: "visit.csv", mimeType: "text/csv", buffer: Buffer.from(schedule()) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("visit.csv: 40 rows, 40 new sessions to import.")).toBeVisible();
  await expect(page.getByText(/Person 1 \(Social worker\) is in 'Session 1' and 'Session 2'/).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Import 40 rows" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "On-site visit" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: /Person 1 \(Social worker\) is in 'Session 1' and 'Session 2'/ }).first(),
  ).toBeVisible();
  for (const day of ["5 January 2027", "6 January 2027", "7 January 2027"])
    await expect(page.getByRole("heading", { level: 2, name: day })).toBeVisible();
  await page.goto("/visit/participants");
  await expect(page.getByText(/90 (people|participants)/).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/visit");
  await page.getByRole("link", { name: "Run sheet for 5 January 2027" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Run sheet for 5 January 2027" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(14);
  await expectAccessible(page);
  const pdf = await page.request.get(
    await page
      .getByRole("link", { name: "Download as PDF" })
      .getAttribute("href")
      .then((href) => href!),
  );
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await page.goto("/visit");
  await page.getByRole("link", { name: "Session 3", exact: true }).click();
  await expectAccessible(page);
  await page.getByLabel("Debrief note").fill("CQC asked about waiting lists and the carers' strategy.");
  await page.getByRole("button", { name: "Save debrief" }).click();
  await expect(page.getByText("Debrief saved.")).toBeVisible();
  await expect(page.getByLabel("Debrief note")).toHaveValue("CQC asked about waiting lists and the carers' strategy.");
  await page.getByLabel("What CQC asked for").fill("The carers' strategy action plan");
  await fillDate(page, "Due date", "2027-01-08");
  await page.getByRole("button", { name: "Add follow-up request" }).click();
  await expect(page.getByText("Follow-up request added.")).toBeVisible();
  await page.goto("/visit/requests");
  await expect(page.getByText("The carers' strategy action plan").first()).toBeVisible();
  await expectAccessible(page);

  // A session CQC dropped comes off the schedule; the debriefed one cannot.
  await page.goto("/visit");
  await page.getByRole("link", { name: "Session 40", exact: true }).click();
  await page.getByRole("link", { name: "Change the session" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Remove this session Session 40" }).click();
  await expect(page.getByText("The session was removed from the schedule.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Session 40", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Session 3", exact: true }).click();
  await page.getByRole("link", { name: "Change the session" }).click();
  await page.getByRole("button", { name: "Remove this session Session 3" }).click();
  await expect(page.getByText(/has a debrief or CQC follow-up requests/)).toBeVisible();
  await context.close();
});

test("an action is linked to an area for improvement and shows on the statement's page", async ({
  browser,
  expectAccessible,
}) => {
  const context = await browser.newContext();
  await signInAs(context, workspaceId, "readiness_lead");
  const page = await context.newPage();
  await page.goto("/self-assessment/assessing-needs");
  await page.getByLabel("Area for improvement 1").fill("Waiting lists for occupational therapy assessments");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText(/Saved as version \d+/)).toBeVisible();
  await page.getByRole("link", { name: /Add an action for this area/ }).click();
  await expectAccessible(page);
  await page.getByLabel("What will be done").fill("Pilot trusted assessors for minor adaptations");
  await page.getByLabel("Or, for someone without an account, their name").fill("Head of occupational therapy");
  await fillDate(page, "Due date", "2027-03-31");
  await page.getByLabel("Tags (optional)").fill("Occupational therapy, waiting lists");
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Pilot trusted assessors for minor adaptations" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "waiting lists", exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/self-assessment/assessing-needs");
  const block = page.getByRole("region", { name: /improvement actions/ });
  await expect(block.getByRole("heading", { name: /Area for improvement 1: Waiting lists/ })).toBeVisible();
  await expect(block.getByRole("link", { name: "Pilot trusted assessors for minor adaptations" })).toBeVisible();

  await page.goto("/improvement-plan");
  await expect(page.getByRole("link", { name: "Pilot trusted assessors for minor adaptations" })).toBeVisible();
  await expectAccessible(page);
  // The tag finds it whatever its capitals; another tag does not.
  await page.getByLabel("Tag", { exact: true }).fill("Waiting Lists");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: "Pilot trusted assessors for minor adaptations" })).toBeVisible();
  await page.getByLabel("Tag", { exact: true }).fill("unpaid carers");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: "Pilot trusted assessors for minor adaptations" })).toBeHidden();
  const workbook = await page.request.get("/api/improvement-plan/export");
  expect(workbook.headers()["content-type"]).toContain("spreadsheetml");
  await context.close();
});
