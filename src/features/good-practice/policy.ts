import { AppError } from "@/lib/errors";
import { can, type Member } from "@/lib/authz/policy";

/**
 * Row rules for the good practice log. `good-practice:create` says who may record an entry at all;
 * an entry is then changed only by the person who recorded it, or someone with `good-practice:manage`
 * (the readiness lead), and only until
 * it is in the evidence library (from then on the evidence item is what counts, and is edited there).
 */
export type EntryEditor = { userId: string; isLead: boolean };

export function entryEditor(userId: string, member: Member): EntryEditor {
  return { userId, isLead: can(member, "good-practice:manage") };
}

type Entry = { authorId: string; evidenceItemId: string | null };

export const ALREADY_IN_LIBRARY = "This entry is already in the evidence library";

export function mayEditEntry(editor: EntryEditor, entry: Entry): boolean {
  return (editor.isLead || entry.authorId === editor.userId) && entry.evidenceItemId === null;
}

/** For writes, on the row as locked in the transaction: the reason in words when it is refused. */
export function assertMayEditEntry(editor: EntryEditor, entry: Entry): void {
  if (!editor.isLead && entry.authorId !== editor.userId) {
    throw new AppError("forbidden", "Only the person who recorded this entry, or a readiness lead, can change it.");
  }
  if (entry.evidenceItemId !== null) {
    throw new AppError(
      "conflict",
      `${ALREADY_IN_LIBRARY}, so it can no longer be changed here. Change the evidence item instead.`,
    );
  }
}

/** Whether to offer "Add to the evidence library": the readiness team, for an entry not yet in it. */
export function mayConvertEntry(member: Member, entry: Entry): boolean {
  return can(member, "good-practice:convert") && entry.evidenceItemId === null;
}
