import { expect, test } from "@playwright/test";
import { unauditedChanges } from "../tests/support/change-watch";

/**
 * Runs after every other journey: each transaction in which the app changed data (sign-up,
 * evidence, self-assessment, cases, preparation, the visit, …) must also have written an audit
 * event, so the trail misses no change whichever page made it. The exceptions are deliberate.
 */
const EXEMPT = [
  // Signing in is audited; a session's "last seen" time moving on each request is not a change.
  "UserSession",
  // Failed sign-in counting for rate limiting; the failures themselves are audited.
  "SignInAttempt",
  // Anonymous confidence answers keep no trace of who or when (decision record 0007).
  "PulseAnswer",
  "PulseLink",
  // The reminder check's own note of which reminder went out, so none is sent twice: the system's
  // doing, not a person's change, and what it says is on the request or action itself.
  "EvidenceRequestNotice",
  "ImprovementActionNotice",
  // An export's progress as its job builds it: starting it and the finished export are audited.
  "Export",
  // A file's reading progress as the text job goes: the outcome (read, or why not) is audited.
  "EvidenceTextReading",
];

test("every change the app made in the journeys was audited in the same transaction", async () => {
  const { changing, unaudited } = await unauditedChanges(process.env.E2E_DATABASE_URL!, EXEMPT);
  const bySet = new Map<string, number>();
  for (const change of unaudited) bySet.set(change.tables.join(", "), (bySet.get(change.tables.join(", ")) ?? 0) + 1);
  console.info(`${changing} transactions changed data; ${unaudited.length} wrote no audit event.`);
  expect(changing, "the journeys ran and the app's changes were seen").toBeGreaterThan(50);
  expect([...bySet].map(([tables, count]) => `${count} × ${tables}`)).toEqual([]);
});
