import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setNotificationDate } from "@/features/information-return/mutations";
import { createMember, createWorkspace } from "../../../tests/factories";
import { getKeyDates, listChecklist } from "./data";
import { DEFAULT_CHECKLIST, dueDateOf, followsInWords, keyDateOf } from "./domain";
import {
  addChecklistItem,
  removeChecklistItem,
  setTimelineDate,
  setVisitWeeks,
  startChecklist,
  tickChecklistItem,
  updateChecklistItem,
} from "./mutations";
import { checklistItemSchema, timelineDateSchema, visitWeeksSchema } from "./schema";
import { getDashboardFacts } from "@/features/reporting/data";
import { buildDashboard } from "@/features/reporting/domain";

async function setting() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  await setNotificationDate(workspace.scope, { userId: lead.userId }, "2026-11-02");
  return { workspace, scope: workspace.scope, lead: { userId: lead.userId } };
}

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const events = (action: string) =>
  db.auditEvent.findMany({ where: { action }, select: { workspaceId: true, entityId: true, metadata: true } });

describe("key dates", () => {
  it("sets, confirms and clears a date; later dates follow it; each change is audited", async () => {
    const { scope, lead, workspace } = await setting();
    const other = await setting();
    await setTimelineDate(
      other.scope,
      other.lead,
      timelineDateSchema.parse({ key: "site_visit_start", date: "2027-01-11", note: "Other council" }),
    );

    await setTimelineDate(
      scope,
      lead,
      timelineDateSchema.parse({ key: "draft_report", date: "2026-12-18", note: "E-mail from the inspection manager" }),
    );
    let dates = await getKeyDates(scope);
    expect(keyDateOf(dates, "draft_report")).toMatchObject({
      source: "entered",
      note: "E-mail from the inspection manager",
    });
    expect(iso(keyDateOf(dates, "factual_accuracy_due").date)).toBe("2027-01-06");

    await setTimelineDate(
      scope,
      lead,
      timelineDateSchema.parse({ key: "draft_report", date: "2027-02-01", confirmed: "yes" }),
    );
    const confirmedAt = (
      await db.timelineDate.findFirstOrThrow({
        where: { workspaceId: workspace.id, key: "draft_report" },
        select: { confirmedAt: true },
      })
    ).confirmedAt;
    expect(confirmedAt).not.toBeNull();
    // Saving again keeps the moment CQC first confirmed it.
    await setTimelineDate(
      scope,
      lead,
      timelineDateSchema.parse({ key: "draft_report", date: "2027-02-01", confirmed: "yes", note: "Letter" }),
    );
    dates = await getKeyDates(scope);
    expect(keyDateOf(dates, "draft_report")).toMatchObject({ source: "confirmed", note: "Letter" });
    expect(
      (
        await db.timelineDate.findFirstOrThrow({
          where: { workspaceId: workspace.id, key: "draft_report" },
          select: { confirmedAt: true },
        })
      ).confirmedAt,
    ).toEqual(confirmedAt);
    expect(iso(keyDateOf(dates, "factual_accuracy_due").date)).toBe("2027-02-15");
    expect(await db.timelineDate.count({ where: { workspaceId: workspace.id } })).toBe(1);

    expect(
      await setTimelineDate(scope, lead, timelineDateSchema.parse({ key: "draft_report", intent: "clear" })),
    ).toEqual({ cleared: true });
    dates = await getKeyDates(scope);
    expect(keyDateOf(dates, "draft_report")).toMatchObject({ date: null, source: "unknown" });
    expect(keyDateOf(dates, "factual_accuracy_due").date).toBeNull();
    // Clearing what is not there changes nothing and records nothing.
    expect(
      await setTimelineDate(scope, lead, timelineDateSchema.parse({ key: "draft_report", intent: "clear" })),
    ).toEqual({ cleared: false });

    const set = (await events("timeline.date_set")).filter((row) => row.workspaceId === workspace.id);
    expect(set).toHaveLength(3);
    expect(set[1]!.metadata).toEqual({ key: "draft_report", date: "2027-02-01", confirmed: true });
    expect((await events("timeline.date_cleared")).filter((row) => row.workspaceId === workspace.id)).toHaveLength(1);

    // The other council's date is untouched, and is not ours.
    const theirs = await getKeyDates(other.scope);
    expect(keyDateOf(theirs, "site_visit_start")).toMatchObject({ source: "entered", note: "Other council" });
    expect(iso(keyDateOf(theirs, "site_visit_start").date)).toBe("2027-01-11");
    expect(keyDateOf(dates, "site_visit_start").source).toBe("expected");
  });

  it("expects the visit as many weeks after notification as the council sets, 26 until it does", async () => {
    const { scope, lead, workspace } = await setting();
    const other = await setting();
    const visit = async (of = scope) => {
      const dates = await getKeyDates(of);
      return [iso(keyDateOf(dates, "site_visit_start").date), iso(keyDateOf(dates, "site_visit_end").date)];
    };
    expect(await visit()).toEqual(["2027-05-03", "2027-05-17"]);

    await setVisitWeeks(scope, lead, visitWeeksSchema.parse({ visitWeeks: " 22 " }));
    expect(await visit()).toEqual(["2027-04-05", "2027-04-19"]);
    // The information return's three weeks do not move with it.
    expect(iso(keyDateOf(await getKeyDates(scope), "information_return_due").date)).toBe("2026-11-23");
    // Saving the same number again records nothing.
    await setVisitWeeks(scope, lead, visitWeeksSchema.parse({ visitWeeks: "22" }));
    const changes = (await events("timeline.visit_weeks_set")).filter((row) => row.workspaceId === workspace.id);
    expect(changes.map((row) => row.metadata)).toEqual([{ visitWeeks: 22, previous: 26 }]);
    expect(await visit(other.scope)).toEqual(["2027-05-03", "2027-05-17"]);

    // A date CQC gives wins over the setting.
    await setTimelineDate(scope, lead, timelineDateSchema.parse({ key: "site_visit_start", date: "2027-03-08" }));
    expect(await visit()).toEqual(["2027-03-08", "2027-03-22"]);
  });

  it("refuses a visit setting that is not a whole number of weeks from 4 to 52", () => {
    const message = (visitWeeks: unknown) => {
      const parsed = visitWeeksSchema.safeParse({ visitWeeks });
      return parsed.success ? null : parsed.error.issues[0]!.message;
    };
    const range =
      "Enter a number of weeks from 4 to 52: the visit comes after the information return, and within a year";
    const whole = "Enter the number of weeks as a whole number, for example 26";
    expect([message("3"), message("53"), message("0")]).toEqual([range, range, range]);
    expect([message(""), message("26.5"), message("six months"), message(undefined), message("-4")]).toEqual([
      whole,
      whole,
      whole,
      whole,
      whole,
    ]);
    expect(visitWeeksSchema.parse({ visitWeeks: "4" })).toEqual({ visitWeeks: 4 });
    expect(visitWeeksSchema.parse({ visitWeeks: "52" })).toEqual({ visitWeeks: 52 });
  });

  it("refuses a save without a date before anything is written", () => {
    const parsed = timelineDateSchema.safeParse({ key: "publication", date: "" });
    expect(parsed.success).toBe(false);
    expect(timelineDateSchema.safeParse({ key: "notification", date: "2026-11-02" }).success).toBe(false);
  });
});

describe("readiness checklist", () => {
  it("is started once, with due dates from the key dates of each phase", async () => {
    const { scope, lead, workspace } = await setting();
    await setTimelineDate(
      scope,
      lead,
      timelineDateSchema.parse({ key: "site_visit_start", date: "2027-01-11", confirmed: "yes" }),
    );
    expect(await startChecklist(scope, lead)).toEqual({ added: DEFAULT_CHECKLIST.length });
    await expect(startChecklist(scope, lead)).rejects.toMatchObject({ code: "conflict" });
    // Two people pressing the button at once add the list once.
    const racing = await setting();
    const results = await Promise.allSettled([
      startChecklist(racing.scope, racing.lead),
      startChecklist(racing.scope, racing.lead),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.readinessChecklistItem.count({ where: { workspaceId: racing.workspace.id } })).toBe(
      DEFAULT_CHECKLIST.length,
    );
    const items = await listChecklist(scope);
    expect(items).toHaveLength(DEFAULT_CHECKLIST.length);
    const due = (start: string) => iso(items.find((item) => item.text.startsWith(start))!.dueDate);
    expect(due("Tell the chief executive")).toBe("2026-11-04");
    expect(due("Sign off the information return")).toBe("2026-11-23");
    // Two weeks before the visit date entered, not the expected one.
    expect(due("Confirm logistics")).toBe("2026-12-28");
    expect(due("Send the factual accuracy comments")).toBeNull();
    expect((await events("timeline.checklist_started")).filter((row) => row.workspaceId === workspace.id)).toEqual([
      { workspaceId: workspace.id, entityId: null, metadata: { items: DEFAULT_CHECKLIST.length } },
    ]);
  });

  it("moves a starting item's due date with its key date until someone sets the date by hand", async () => {
    const { scope, lead } = await setting();
    await startChecklist(scope, lead);
    expect((await listChecklist(scope)).find((one) => one.text.startsWith("Confirm logistics"))!.dueDate).toEqual(
      new Date("2027-04-19T00:00:00Z"),
    );
    // The council expects the visit 9 weeks after notification, as CQC's 2023 guidance said.
    await setVisitWeeks(scope, lead, { visitWeeks: 9 });
    const logistics = async () => {
      const item = (await listChecklist(scope)).find((one) => one.text.startsWith("Confirm logistics"))!;
      return { id: item.id, due: iso(dueDateOf(item, await getKeyDates(scope))), follows: followsInWords(item) };
    };
    expect(await logistics()).toMatchObject({ due: "2026-12-21", follows: "14 days before “On-site visit starts”" });
    // CQC confirms the visit a week later than expected: the item follows.
    await setTimelineDate(
      scope,
      lead,
      timelineDateSchema.parse({ key: "site_visit_start", date: "2027-01-11", confirmed: "yes" }),
    );
    const { id } = await logistics();
    expect((await logistics()).due).toBe("2026-12-28");

    // Saving the form with the date it showed (a new owner, say) keeps it following.
    const save = (dueDate: string) =>
      updateChecklistItem(scope, lead, {
        id,
        ...checklistItemSchema.parse({
          phase: "before_visit",
          text: "Confirm logistics with CQC",
          owner: "Facilities",
          dueDate,
        }),
      });
    await save("2026-12-28");
    await setTimelineDate(
      scope,
      lead,
      timelineDateSchema.parse({ key: "site_visit_start", date: "2027-01-18", confirmed: "yes" }),
    );
    expect((await logistics()).due).toBe("2027-01-04");

    // A date set by hand stays put when the visit moves again.
    await save("2026-12-30");
    await setTimelineDate(
      scope,
      lead,
      timelineDateSchema.parse({ key: "site_visit_start", date: "2027-01-25", confirmed: "yes" }),
    );
    expect(await logistics()).toEqual({ id, due: "2026-12-30", follows: null });
  });

  it("ticks and unticks, adds, edits and removes items, only in its own council", async () => {
    const { scope, lead } = await setting();
    const other = await setting();
    const { id } = await addChecklistItem(
      scope,
      lead,
      checklistItemSchema.parse({
        phase: "visit",
        text: "Book the base room",
        owner: "Facilities",
        dueDate: "2027-01-04",
      }),
    );
    await tickChecklistItem(scope, lead, { id, done: true });
    const doneAt = (await listChecklist(scope))[0]!.doneAt;
    expect(doneAt).not.toBeNull();
    // Ticking again keeps the first day it was done, and records nothing new.
    await tickChecklistItem(scope, lead, { id, done: true });
    expect((await listChecklist(scope))[0]!.doneAt).toEqual(doneAt);
    await tickChecklistItem(scope, lead, { id, done: false });
    expect((await listChecklist(scope))[0]!.doneAt).toBeNull();
    expect((await events("timeline.checklist_item_done")).map((row) => row.entityId)).toEqual([id]);
    expect((await events("timeline.checklist_item_undone")).map((row) => row.entityId)).toEqual([id]);

    await updateChecklistItem(scope, lead, {
      id,
      ...checklistItemSchema.parse({
        phase: "before_visit",
        text: "Book the base room",
        owner: "Sam, facilities",
        dueDate: "",
      }),
    });
    expect((await listChecklist(scope))[0]).toMatchObject({
      phase: "before_visit",
      owner: "Sam, facilities",
      dueDate: null,
    });

    await expect(tickChecklistItem(other.scope, other.lead, { id, done: true })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(removeChecklistItem(other.scope, other.lead, { id })).rejects.toMatchObject({ code: "not_found" });
    await expect(
      updateChecklistItem(other.scope, other.lead, { id, phase: "visit", text: "Hijacked", owner: "", dueDate: null }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await listChecklist(scope))[0]).toMatchObject({ text: "Book the base room", doneAt: null });

    await removeChecklistItem(scope, lead, { id });
    expect(await listChecklist(scope)).toEqual([]);
    expect((await events("timeline.checklist_item_removed")).map((row) => row.entityId)).toEqual([id]);
    expect(
      await db.auditEvent.count({ where: { workspaceId: other.workspace.id, action: { startsWith: "timeline." } } }),
    ).toBe(0);
  });
});

describe("dashboard countdown", () => {
  const viewer = { userId: "", maySeeSensitive: true };
  const countdown = async (workspace: Awaited<ReturnType<typeof createWorkspace>>, now: Date) =>
    buildDashboard(await getDashboardFacts(workspace.scope, viewer, now), { councilName: workspace.name, now })
      .timeline;

  it("asks for the notification date, then names the next key date and the days to go", async () => {
    const workspace = await createWorkspace();
    const lead = await createMember(workspace.id, "readiness_lead");
    expect(await countdown(workspace, new Date("2026-11-10T09:00:00Z"))).toEqual({ notified: false, next: null });
    await setNotificationDate(workspace.scope, { userId: lead.userId }, "2026-11-02");
    expect(await countdown(workspace, new Date("2026-11-10T09:00:00Z"))).toMatchObject({
      notified: true,
      next: { key: "information_return_due", days: 13, source: "expected" },
    });
    await setTimelineDate(
      workspace.scope,
      { userId: lead.userId },
      timelineDateSchema.parse({ key: "site_visit_start", date: "2027-01-11", confirmed: "yes" }),
    );
    expect(await countdown(workspace, new Date("2026-11-24T09:00:00Z"))).toMatchObject({
      next: { key: "site_visit_start", days: 48, source: "confirmed" },
    });
  });
});
