/**
 * The demo council's information return, half done: notified on 2 November 2026 (so the return is
 * due on 23 November), items assigned, some ready or submitted, evidence linked with pointers.
 */
import { db } from "@/lib/db/client";
import { systemScope } from "@/lib/authz/scope";
import {
  linkEvidence,
  setNotificationDate,
  startInformationReturn,
  updateInformationReturnItem,
} from "@/features/information-return/mutations";

export async function seedDemoInformationReturn(
  workspaceId: string,
  people: { leadId: string; contributorId: string },
) {
  if (await db.informationReturnItem.count({ where: { workspaceId } })) return;
  const scope = systemScope(workspaceId);
  const actor = { userId: people.leadId };
  await startInformationReturn(scope, actor);
  await setNotificationDate(scope, actor, "2026-11-02");
  const items = await db.informationReturnItem.findMany({
    where: { workspaceId },
    orderBy: { position: "asc" },
    select: { id: true, statementKeys: true },
  });
  for (const [index, item] of items.entries()) {
    const status = index < 6 ? "submitted" : index < 11 ? "ready" : index < 17 ? "in_progress" : "not_started";
    await updateInformationReturnItem(scope, actor, {
      id: item.id,
      ownerId: index % 2 ? people.contributorId : people.leadId,
      status,
      dueDate: null,
      notes: "",
    });
    if (status === "not_started") continue;
    const evidence = await db.evidenceItem.findMany({
      where: {
        workspaceId,
        containsPersonalData: false,
        statements: { some: { qualityStatement: { key: { in: item.statementKeys } } } },
      },
      orderBy: { title: "asc" },
      take: 2,
      select: { id: true },
    });
    for (const [position, link] of evidence.entries()) {
      await linkEvidence(scope, actor, {
        itemId: item.id,
        evidenceItemId: link.id,
        pointer: position === 0 ? "section 2" : "",
      });
    }
  }
}
