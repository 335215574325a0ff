import "server-only";
import { pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { attachment } from "@/lib/http/attachment";
import { createRoute } from "@/lib/http/route";
import { spreadsheetSafe } from "@/lib/uploads/spreadsheet-safe";
import { isoDay, londonWallClock, ukToday } from "@/lib/calendar";
import { auditEventsForExport, isWorkspaceMember, type AuditRow } from "./data";
import { describeMetadata } from "./domain";
import { recordAuditExport } from "./mutations";
import { parseAuditQuery } from "./schema";

export const AUDIT_CSV_COLUMNS = [
  "When (UK time)",
  "Who",
  "User id",
  "Action",
  "Entity type",
  "Entity id",
  "Details",
] as const;

async function* csvRecords(rows: AsyncIterable<AuditRow>): AsyncGenerator<string[]> {
  for await (const row of rows) {
    const when = londonWallClock(row.createdAt);
    yield [
      `${when.day} ${when.time}`,
      row.actorUserId === null ? "System" : (row.actorName ?? "A former user"),
      row.actorUserId ?? "",
      row.action,
      row.entityType,
      row.entityId ?? "",
      describeMetadata(row.metadata),
    ].map(spreadsheetSafe);
  }
}

/**
 * The workspace's audit trail as CSV, with the same filters as the page (`?action=case.&from=…`),
 * newest first and streamed from the database page by page. Taking the copy is recorded first, so
 * an export that fails half-way is still on the trail.
 */
export const exportAuditTrail = createRoute("audit:read", async (request, _context: unknown, { scope, actor }) => {
  const parsed = parseAuditQuery(new URL(request.url).searchParams);
  const filters =
    parsed.actor && !(await isWorkspaceMember(scope, parsed.actor)) ? { ...parsed, actor: undefined } : parsed;
  await recordAuditExport(scope, actor, filters);
  // A byte-order mark so Excel opens the UTF-8 file with its accents intact.
  const stringifier = stringify({ header: true, columns: [...AUDIT_CSV_COLUMNS], bom: true });
  // pipeline passes a failure on to every stream in it; the callback only keeps it from being unhandled.
  pipeline(Readable.from(csvRecords(auditEventsForExport(scope, filters))), stringifier, () => {});
  return attachment(stringifier, {
    contentType: "text/csv; charset=utf-8",
    fileName: `audit-trail-${isoDay(ukToday(new Date()))}.csv`,
  });
});
