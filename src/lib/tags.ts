/**
 * Free tags, typed by the council on evidence and improvement actions ("unpaid carers",
 * "transitions"): a thematic review's lens lists what is tagged with it. One rule for both: tags
 * are typed as a comma-separated list, kept as typed but once each whatever their capitals, and
 * matched whatever their capitals (in SQL: `lib/db/has-tag.ts`). Forms use these schemas in the
 * browser too, so nothing here may reach the database client.
 */
import { z } from "zod";

export const TAG_MAX_LENGTH = 50;
export const MAX_TAGS = 20;

function splitTags(value: unknown): unknown {
  if (value === undefined || value === "") return [];
  if (typeof value === "string") return value.split(",");
  return Array.isArray(value) ? value : [value];
}

/** The first spelling of each tag, blanks dropped: "Carers, carers, , Transitions" → ["Carers", "Transitions"]. */
function onceEach(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A form's "Tags" field: comma-separated text (or repeated values). */
export const tagsSchema = z.preprocess(
  splitTags,
  z
    .array(z.string().trim().max(TAG_MAX_LENGTH, `Keep each tag under ${TAG_MAX_LENGTH} characters`))
    .transform(onceEach)
    .pipe(z.array(z.string()).max(MAX_TAGS, `Use at most ${MAX_TAGS} tags`)),
);

/** A list's `?tag=` filter: anything unusable is ignored rather than refused. */
export const tagFilterSchema = z.string().trim().max(TAG_MAX_LENGTH).optional().catch(undefined);
