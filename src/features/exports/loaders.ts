import "server-only";
import { forbidden, notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { isUuid } from "@/lib/ids";
import { getExport, latestExport } from "./data";
import { EXPORT_KINDS, percentDone, type ExportKind } from "./domain";

function view(row: NonNullable<Awaited<ReturnType<typeof getExport>>>) {
  const kind = EXPORT_KINDS[row.kind];
  return {
    id: row.id,
    kind: row.kind,
    name: kind.name,
    status: row.status,
    done: row.done,
    total: row.total,
    percent: percentDone(row),
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    downloadHref: row.status === "ready" ? `${kind.download}/${row.id}` : null,
    startedFrom: { href: kind.startedFrom, name: kind.startedFromName },
  };
}

export type ExportView = ReturnType<typeof view>;

/** The progress page of one export: only the person who started it sees it, with the permission it needs. */
export async function loadExport(id: string): Promise<ExportView> {
  const session = await requireMember();
  const row = isUuid(id) ? await getExport(session.member.scope, session.user.id, id) : null;
  if (!row) notFound();
  if (!can(session.member, EXPORT_KINDS[row.kind].permission)) forbidden();
  return view(row);
}

/** This person's latest export of a kind, shown beside the button that starts one (none without the permission). */
export async function loadLatestExport(kind: ExportKind): Promise<ExportView | null> {
  const session = await requireMember();
  if (!can(session.member, EXPORT_KINDS[kind].permission)) return null;
  const row = await latestExport(session.member.scope, session.user.id, kind);
  return row ? view(row) : null;
}
