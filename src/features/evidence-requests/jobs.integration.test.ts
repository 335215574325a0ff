import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addDays, isoDay, ukToday } from "@/lib/calendar";
import { createMember, createWorkspace } from "../../../tests/factories";
import { smtpServerForFile } from "../../../tests/support/smtp-for-file";
import { createRequest } from "./mutations";
import { deliverNotice, sendDueReminders } from "./jobs";
import { createRequestSchema } from "./schema";

const mailServer = smtpServerForFile();

const today = ukToday(new Date());
const noon = (date: Date) => new Date(date.getTime() + 12 * 3600_000);

async function requestDueIn(days: number, who: "member" | "new" = "member") {
  const workspace = await createWorkspace("Northmoor County Council");
  const lead = await createMember(workspace.id, "readiness_lead");
  const manager = await createMember(workspace.id, "team_manager", { email: "sam.patel@northmoor.gov.uk" });
  const input = createRequestSchema.parse({
    askWho: who,
    assigneeId: who === "member" ? manager.userId : "",
    name: "Jo Smith",
    email: who === "new" ? "jo.smith@northmoor.gov.uk" : "",
    target: "statement:safeguarding",
    categoryKey: "peoples-experience",
    dueDate: isoDay(addDays(today, days)),
  });
  const created = await createRequest(workspace.scope, { userId: lead.userId }, input, { mayInvite: true });
  return { ...created, workspace };
}

describe("evidence request notices with SMTP configured", () => {
  it("e-mails the request, then one reminder before and one after the due date", async () => {
    process.env.SMTP_URL = mailServer().url;
    const { id } = await requestDueIn(10);
    expect(await deliverNotice(id, "asked")).toBe("email");
    const [asked] = mailServer().to("sam.patel@northmoor.gov.uk");
    expect(asked!.subject).toMatch(/^Evidence request: 7\. Safeguarding \(due /);
    expect(asked!.text).toContain("Northmoor County Council's CQC assessment");
    expect(asked!.text).toContain(`/requests/${id}`);

    // Ten days out: nothing yet. Two days before: the reminder, once, however often the check runs.
    expect(await sendDueReminders(noon(today))).toEqual({ email: 0, inApp: 0 });
    expect(await sendDueReminders(noon(addDays(today, 8)))).toEqual({ email: 1, inApp: 0 });
    expect(await sendDueReminders(noon(addDays(today, 9)))).toEqual({ email: 0, inApp: 0 });
    expect(
      mailServer()
        .to("sam.patel@northmoor.gov.uk")
        .map((mail) => mail.subject),
    ).toEqual([asked!.subject, expect.stringMatching(/^Reminder: evidence for 7\. Safeguarding is due on/)]);

    // The day after the due date: the overdue reminder, once.
    expect(await sendDueReminders(noon(addDays(today, 11)))).toEqual({ email: 1, inApp: 0 });
    expect(await sendDueReminders(noon(addDays(today, 20)))).toEqual({ email: 0, inApp: 0 });
    expect(mailServer().messages).toHaveLength(3);
    expect(
      await db.evidenceRequestNotice.findMany({
        where: { requestId: id },
        orderBy: { createdAt: "asc" },
        select: { kind: true, channel: true },
      }),
    ).toEqual([
      { kind: "asked", channel: "email" },
      { kind: "due_soon", channel: "email" },
      { kind: "overdue", channel: "email" },
    ]);
  });

  it("sends someone new the invitation link with the request", async () => {
    process.env.SMTP_URL = mailServer().url;
    const { id, invitationToken } = await requestDueIn(10, "new");
    expect(await deliverNotice(id, "asked", { invitationToken })).toBe("email");
    const [mail] = mailServer().to("jo.smith@northmoor.gov.uk");
    expect(mail!.text).toContain(`/invitations/${invitationToken}`);
    expect(mail!.text).toContain("Dear Jo Smith,");
  });

  it("does not remind about a request that was answered, declined or withdrawn", async () => {
    process.env.SMTP_URL = mailServer().url;
    const { id } = await requestDueIn(2);
    await db.evidenceRequest.update({ where: { id }, data: { status: "withdrawn" } });
    expect(await sendDueReminders(noon(addDays(today, 5)))).toEqual({ email: 0, inApp: 0 });
    expect(mailServer().messages).toHaveLength(0);
  });

  it("shows the notice in the app when the mail server cannot be reached, and fails nothing", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens on the discard port
    const { id } = await requestDueIn(10);
    expect(await deliverNotice(id, "asked")).toBe("in_app");
    expect(
      await db.evidenceRequestNotice.findFirstOrThrow({ where: { requestId: id }, select: { channel: true } }),
    ).toEqual({ channel: "in_app" });
  });
});

describe("evidence request notices with no SMTP configured", () => {
  it("records reminders for the app to show, and sends nothing", async () => {
    const { id } = await requestDueIn(1);
    expect(await deliverNotice(id, "asked")).toBe("in_app");
    // Asked inside the reminder window, so the request itself was the reminder; overdue still comes.
    expect(await sendDueReminders(noon(today))).toEqual({ email: 0, inApp: 0 });
    expect(await sendDueReminders(noon(addDays(today, 3)))).toEqual({ email: 0, inApp: 1 });
    expect(mailServer().messages).toHaveLength(0);
    expect(
      (await db.evidenceRequestNotice.findMany({ where: { requestId: id }, select: { channel: true } })).every(
        (notice) => notice.channel === "in_app",
      ),
    ).toBe(true);
  });
});
