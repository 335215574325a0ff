import { z } from "zod";

/**
 * An action filter: either one action (`case.viewed`) or a family of them, written as its prefix
 * with the dot (`case.`). Actions are `entity.verb` in lower case (src/lib/audit.ts).
 */
const ACTION_PATTERN = /^[A-Za-z][\w-]*\.(?:[\w.-]*[\w-])?$/;

/** True when the action filter names a family (`case.`) rather than one action. */
export function isActionFamily(action: string): boolean {
  return action.endsWith(".");
}

/** The family an action belongs to: `case.viewed` → `case.`. */
export function actionFamily(action: string): string {
  const dot = action.indexOf(".");
  return dot === -1 ? action : action.slice(0, dot + 1);
}

/** Filters of the audit trail, from the query string; anything odd falls back to no filter. */
export const auditQuerySchema = z
  .object({
    action: z.string().trim().max(100).regex(ACTION_PATTERN).optional().catch(undefined),
    entityType: z
      .string()
      .trim()
      .max(60)
      .regex(/^[A-Za-z][\w.-]*$/)
      .optional()
      .catch(undefined),
    actor: z.uuid().optional().catch(undefined),
    // London days, both inclusive.
    from: z.iso.date().optional().catch(undefined),
    to: z.iso.date().optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  })
  // "From" after "to" is read as the same range the other way round, rather than an empty list.
  .transform((query) =>
    query.from && query.to && query.from > query.to ? { ...query, from: query.to, to: query.from } : query,
  );
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** A query string (page or route) as the schema reads it: the first value of each name. */
export function parseAuditQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): AuditQuery {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((key) => [key, params.get(key) ?? undefined])
      : Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]);
  const given = Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== ""));
  return auditQuerySchema.parse(given);
}

/** The filters as query-string values (no page), for links that keep them: pagination, the CSV. */
export function auditQueryParams(query: AuditQuery): Record<string, string | undefined> {
  return { action: query.action, entityType: query.entityType, actor: query.actor, from: query.from, to: query.to };
}
