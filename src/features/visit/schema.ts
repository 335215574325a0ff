import { z } from "zod";
import { londonWallClock } from "@/lib/calendar";
import {
  VISIT_IMPORT_COLUMNS,
  PARTICIPANT_GROUPS,
  SESSION_KINDS,
  matchStatements,
  parseKind,
  parseParticipants,
  parseScheduleDate,
  parseScheduleTime,
  type ImportedParticipant,
} from "./domain";

const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
const text = (max: number, message: string) => z.string().trim().max(max, message).default("");
const sessionId = z.uuid("This session was not found. Go back to the schedule and open it again.");
const participantId = z.uuid("Choose a participant from the list");

export const visitSessionSchema = z
  .object({
    title: z
      .string({ error: "Enter a title for the session" })
      .trim()
      .min(1, "Enter a title for the session")
      .max(150, "Titles must be 150 characters or fewer"),
    kind: z.enum(SESSION_KINDS, { error: "Select the kind of session" }),
    day: z.iso.date({ error: "Enter the date of the session, for example 3 3 2026" }),
    startTime: z.iso.time({ precision: -1, error: "Enter the start time as hours and minutes, for example 09:30" }),
    endTime: z.iso.time({ precision: -1, error: "Enter the end time as hours and minutes, for example 10:30" }),
    place: text(150, "Keep the place to 150 characters or fewer"),
    onlineLink: z.preprocess(
      (value) => (typeof value === "string" ? value.trim() : value),
      z
        .union([
          z.literal(""),
          z
            .url({ protocol: /^https?$/, error: "Enter the online link as a web address starting https://" })
            .max(500, "Online links must be 500 characters or fewer"),
        ])
        .default(""),
    ),
    cqcAttendees: text(300, "Keep CQC attendees to 300 characters or fewer"),
    statementKeys: z.preprocess(list, z.array(z.string().min(1).max(100)).max(20)),
    notes: text(5000, "Notes must be 5,000 characters or fewer"),
  })
  .refine((value) => value.endTime > value.startTime, {
    path: ["endTime"],
    message: "The end time must be after the start time",
  });
export type VisitSessionInput = z.infer<typeof visitSessionSchema>;

export const updateVisitSessionSchema = z.intersection(
  visitSessionSchema,
  z.object({ id: sessionId, expectedVersion: z.coerce.number().int().min(1) }),
);

const personFields = {
  name: z
    .string({ error: "Enter the participant's name" })
    .trim()
    .min(1, "Enter the participant's name")
    .max(100, "Names must be 100 characters or fewer"),
  jobTitle: text(100, "Job titles must be 100 characters or fewer"),
  group: z.enum(PARTICIPANT_GROUPS, { error: "Select the participant's group" }),
};

/** Add people to a session: anyone already listed, and (optionally) one new person. */
export const addSessionParticipantsSchema = z
  .object({
    sessionId,
    participantIds: z.preprocess(list, z.array(participantId).max(200)),
    name: z.string().trim().max(100, "Names must be 100 characters or fewer").default(""),
    jobTitle: text(100, "Job titles must be 100 characters or fewer"),
    group: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(PARTICIPANT_GROUPS, { error: "Select the participant's group" }).default("staff"),
    ),
  })
  .refine((value) => value.participantIds.length > 0 || value.name !== "", {
    path: ["participantIds"],
    message: "Select someone already listed, or enter a new participant's name",
  });
export type AddSessionParticipantsInput = z.infer<typeof addSessionParticipantsSchema>;

export const participantSchema = z.object(personFields);
export const sessionParticipantSchema = z.object({ sessionId, participantId });
export const removeVisitSessionSchema = z.object({ sessionId });
export const sessionEvidenceSchema = z.object({
  sessionId,
  evidenceItemIds: z.preprocess(list, z.array(z.uuid("Choose evidence from the list")).max(200)),
});
export const debriefSchema = z.object({
  sessionId,
  debrief: z
    .string({ error: "Write the debrief note" })
    .trim()
    .min(1, "Write the debrief note: what CQC asked about and how it went")
    .max(10_000, "Debrief notes must be 10,000 characters or fewer"),
});

export const followUpRequestSchema = z.object({
  sessionId: z.preprocess((value) => (value === "" ? null : value), sessionId.nullable().default(null)),
  request: z
    .string({ error: "Say what CQC asked for" })
    .trim()
    .min(1, "Say what CQC asked for")
    .max(2000, "Keep the request to 2,000 characters or fewer"),
  owner: text(100, "Keep the owner to 100 characters or fewer"),
  dueDate: z.iso.date({ error: "Enter the due date, for example 6 3 2026" }),
});
export type FollowUpRequestInput = z.infer<typeof followUpRequestSchema>;

export const settleFollowUpSchema = z
  .object({
    requestId: z.uuid("This request was not found. Reload the page."),
    status: z.enum(["sent", "withdrawn"], { error: "Choose sent or withdrawn" }),
    response: text(5000, "Response notes must be 5,000 characters or fewer"),
  })
  .refine((value) => value.status !== "sent" || value.response !== "", {
    path: ["response"],
    message: "Say what was sent to CQC",
  });

export const confirmVisitImportSchema = z.object({
  importId: z.uuid("This import was not found. Upload the file again."),
  dropInvalid: z.preprocess((value) => value === "yes", z.boolean()),
});

export type CheckedVisitRow = {
  line: number;
  title: string;
  input: VisitSessionInput | null;
  participants: ImportedParticipant[];
  errors: string[];
  alreadyRecorded: boolean;
};

const cellOf = (row: Record<string, string>, column: string) =>
  Object.entries(row)
    .find(([name]) => name.trim().toLowerCase() === column.toLowerCase())?.[1]
    ?.trim() ?? "";

/** Identifies a session for "already recorded": the same title at the same start. */
export const sessionIdentity = (title: string, day: string, startTime: string) =>
  `${title.trim().toLowerCase()}|${day}|${startTime}`;

/**
 * Checks every row of an imported schedule as the session form would, plus its participants and
 * quality statements. A session already recorded (`existing` holds `sessionIdentity` keys), or given
 * twice in the file, is never doubled.
 */
export function checkVisitImportRows(
  rows: Record<string, string>[],
  statements: { key: string; name: string; number: number }[],
  existing: Set<string>,
): CheckedVisitRow[] {
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const line = index + 2;
    const cell = (column: (typeof VISIT_IMPORT_COLUMNS)[number]) => cellOf(row, column);
    const errors: string[] = [];
    const day = parseScheduleDate(cell("Date"));
    if (!day) errors.push("Enter the date as 03/03/2026 or 2026-03-03");
    const startTime = parseScheduleTime(cell("Start"));
    if (!startTime) errors.push("Enter the start time as 09:30");
    const endTime = parseScheduleTime(cell("End"));
    if (!endTime) errors.push("Enter the end time as 10:30");
    const kind = cell("Kind") ? parseKind(cell("Kind")) : "interview";
    if (!kind) errors.push("Kind must be interview, focus group, observation or other");
    const statementMatch = matchStatements(cell("Quality statements"), statements);
    const people = parseParticipants(cell("Participants"));
    errors.push(...statementMatch.errors, ...people.errors);
    const parsed = visitSessionSchema.safeParse({
      title: cell("Title"),
      kind: kind ?? "other",
      day: day ?? "2000-01-01",
      startTime: startTime ?? "00:00",
      endTime: endTime ?? "23:59",
      place: cell("Place"),
      onlineLink: cell("Online link"),
      cqcAttendees: cell("CQC attendees"),
      statementKeys: statementMatch.keys,
      notes: "",
    });
    if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => issue.message));
    const title = cell("Title");
    if (title && day && startTime) {
      const key = sessionIdentity(title, day, startTime);
      if (seen.has(key))
        errors.push(`'${title}' at ${startTime} on this day is also on line ${seen.get(key)}: give each session once`);
      else seen.set(key, line);
    }
    const input = errors.length === 0 && parsed.success ? parsed.data : null;
    return {
      line,
      title,
      input,
      participants: people.participants,
      errors,
      alreadyRecorded: input ? existing.has(sessionIdentity(input.title, input.day, input.startTime)) : false,
    };
  });
}

/** The identities of sessions already recorded, read on a London clock as the file gives them. */
export function sessionIdentities(rows: { title: string; startsAt: Date }[]): Set<string> {
  return new Set(
    rows.map((row) => {
      const clock = londonWallClock(row.startsAt);
      return sessionIdentity(row.title, clock.day, clock.time);
    }),
  );
}
