import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addDays, isoDay, ukToday } from "@/lib/calendar";
import { createMember, createWorkspace } from "../../../tests/factories";
import { smtpServerForFile } from "../../../tests/support/smtp-for-file";
import { listInAppOverdue } from "./data";
import { createImprovementAction, updateImprovementAction } from "./mutations";
import { sendOverdueActionReminders } from "./jobs";
import { actionSchema, updateActionSchema } from "./schema";

const mailServer = smtpServerForFile();

const today = ukToday(new Date());
const noon = (date: Date) => new Date(date.getTime() + 12 * 3600_000);

/** An action due in `days`, owned by a member (e-mailed) or by a named person without an account. */
async function actionDueIn(days: number, owner: "member" | "named" = "member") {
  const workspace = await createWorkspace("Northmoor County Council");
  const lead = await createMember(workspace.id, "readiness_lead");
  const manager = await createMember(workspace.id, "team_manager", {
    email: `sam.patel.${workspace.id.slice(-6)}@northmoor.gov.uk`,
  });
  const fields = {
    title: "Publish the carers' strategy",
    dueDate: isoDay(addDays(today, days)),
    statementKeys: ["supporting-healthier-lives"],
  };
  const input = actionSchema.parse(
    owner === "member" ? { ...fields, ownerId: manager.userId } : { ...fields, ownerName: "Jo Smith" },
  );
  const { id } = await createImprovementAction(workspace.scope, { userId: lead.userId, prep: null }, input);
  return { id, workspace, lead, manager, input };
}

describe("overdue reminders with SMTP configured", () => {
  it("e-mails the owner once per due date, and again after the due date moves", async () => {
    process.env.SMTP_URL = mailServer().url;
    const { id, workspace, lead, manager, input } = await actionDueIn(2);
    // Not yet due, then due today: nothing. The day after: one e-mail, however often the check runs.
    expect(await sendOverdueActionReminders(noon(today))).toEqual({ email: 0, inApp: 0 });
    expect(await sendOverdueActionReminders(noon(addDays(today, 2)))).toEqual({ email: 0, inApp: 0 });
    expect(await sendOverdueActionReminders(noon(addDays(today, 3)))).toEqual({ email: 1, inApp: 0 });
    expect(await sendOverdueActionReminders(noon(addDays(today, 4)))).toEqual({ email: 0, inApp: 0 });
    const [mail] = mailServer().to(manager.email);
    expect(mail!.subject).toBe("Overdue action: Publish the carers' strategy");
    expect(mail!.text).toContain("Northmoor County Council's improvement plan");
    expect(mail!.text).toContain(`/improvement-plan/${id}`);

    // A new due date is a new promise: once it passes, one more reminder.
    const moved = isoDay(addDays(today, 10));
    await updateImprovementAction(
      workspace.scope,
      { userId: lead.userId, prep: null },
      updateActionSchema.parse({
        ...input,
        ownerId: manager.userId,
        statementKeys: input.statementKeys,
        source: "",
        dueDate: moved,
        id,
        expectedVersion: 1,
      }),
    );
    expect(await sendOverdueActionReminders(noon(addDays(today, 5)))).toEqual({ email: 0, inApp: 0 });
    expect(await sendOverdueActionReminders(noon(addDays(today, 11)))).toEqual({ email: 1, inApp: 0 });
    expect(await sendOverdueActionReminders(noon(addDays(today, 12)))).toEqual({ email: 0, inApp: 0 });
    expect(mailServer().to(manager.email)).toHaveLength(2);
    expect(
      (
        await db.improvementActionNotice.findMany({
          where: { actionId: id },
          orderBy: { dueDate: "asc" },
          select: { dueDate: true, channel: true },
        })
      ).map((notice) => [isoDay(notice.dueDate), notice.channel]),
    ).toEqual([
      [isoDay(addDays(today, 2)), "email"],
      [moved, "email"],
    ]);
  });

  it("does not remind about a done or cancelled action", async () => {
    process.env.SMTP_URL = mailServer().url;
    const { id } = await actionDueIn(-5);
    await db.improvementAction.update({ where: { id }, data: { status: "cancelled" } });
    expect(await sendOverdueActionReminders(noon(today))).toEqual({ email: 0, inApp: 0 });
    expect(mailServer().messages).toHaveLength(0);
  });

  it("shows the reminder in the app for an owner without an account, or when the mail server cannot be reached", async () => {
    process.env.SMTP_URL = mailServer().url;
    const named = await actionDueIn(-1, "named");
    expect(await sendOverdueActionReminders(noon(today))).toEqual({ email: 0, inApp: 1 });
    expect((await listInAppOverdue(named.workspace.scope, noon(today))).map((action) => action.id)).toEqual([named.id]);

    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens on the discard port
    const member = await actionDueIn(-1);
    expect(await sendOverdueActionReminders(noon(today))).toEqual({ email: 0, inApp: 1 });
    expect(
      await db.improvementActionNotice.findFirstOrThrow({ where: { actionId: member.id }, select: { channel: true } }),
    ).toEqual({ channel: "in_app" });
    expect(mailServer().messages).toHaveLength(0);
  });
});

describe("overdue reminders with no SMTP configured", () => {
  it("records the reminder for the plan's overdue banner, once, and sends nothing", async () => {
    const { id, workspace } = await actionDueIn(-2);
    expect(await listInAppOverdue(workspace.scope, noon(today))).toEqual([]);
    expect(await sendOverdueActionReminders(noon(today))).toEqual({ email: 0, inApp: 1 });
    expect(await sendOverdueActionReminders(noon(addDays(today, 1)))).toEqual({ email: 0, inApp: 0 });
    expect((await listInAppOverdue(workspace.scope, noon(today))).map((action) => action.id)).toEqual([id]);
    expect(mailServer().messages).toHaveLength(0);
  });
});
