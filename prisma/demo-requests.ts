/**
 * The demo council's evidence requests: the readiness lead has asked the team manager and the
 * contributor for what the coverage matrix shows is missing. One is overdue (the app's reminder
 * check shows it in the app within seconds of starting), one was declined with a reason.
 */
import { db } from "@/lib/db/client";
import { systemScope } from "@/lib/authz/scope";
import { addDays, isoDay, ukToday } from "@/lib/calendar";
import { createRequest, declineRequest } from "@/features/evidence-requests/mutations";
import type { CreateRequestInput } from "@/features/evidence-requests/schema";

export async function seedDemoRequests(
  workspaceId: string,
  people: { leadId: string; contributorId: string; managerId: string },
) {
  if (await db.evidenceRequest.count({ where: { workspaceId } })) return;
  const scope = systemScope(workspaceId);
  const lead = { userId: people.leadId };
  const today = ukToday(new Date());
  const ask = (
    assigneeId: string,
    target: string,
    categoryKey: string,
    days: number,
    message: string,
  ): CreateRequestInput => ({
    askWho: "member",
    assigneeId,
    name: "",
    target,
    categoryKey,
    // Requests are made for today or later; the overdue one is dated as if asked a fortnight ago.
    dueDate: isoDay(addDays(today, days)),
    message,
  });
  await createRequest(
    scope,
    lead,
    ask(
      people.managerId,
      "statement:safeguarding",
      "peoples-experience",
      10,
      "Feedback from people after a safeguarding enquiry, 2025-26, with what changed as a result.",
    ),
    { mayInvite: true },
  );
  await createRequest(
    scope,
    lead,
    ask(
      people.managerId,
      "statement:equity-in-experience-and-outcomes",
      "partners",
      5,
      "Anything from the voluntary sector about who finds it hard to reach us.",
    ),
    { mayInvite: true },
  );
  const returnItem = await db.informationReturnItem.findFirst({
    where: { workspaceId, status: "not_started" },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  if (returnItem) {
    const overdue = await createRequest(
      scope,
      lead,
      ask(people.contributorId, `item:${returnItem.id}`, "processes", 0, "Needed for the information return."),
      { mayInvite: true },
    );
    await db.evidenceRequest.update({
      where: { id: overdue.id },
      data: { dueDate: addDays(today, -3), createdAt: addDays(today, -14) },
    });
  }
  const declined = await createRequest(
    scope,
    lead,
    ask(
      people.managerId,
      "statement:learning-improvement-innovation",
      "staff-and-leaders",
      14,
      "Minutes of the practice learning forum.",
    ),
    { mayInvite: true },
  );
  await declineRequest(
    scope,
    { userId: people.managerId },
    { requestId: declined.id, reason: "The principal social worker keeps these: please ask her directly." },
  );
}
