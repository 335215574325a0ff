/**
 * The on-site visit: CQC's days at the council (usually three), when they interview staff,
 * leaders, partners, people with lived experience and elected members. Pure rules only: clashes
 * in the schedule, and how a row of an imported schedule becomes a session.
 */
import { londonWallClock } from "@/lib/calendar";

export const SESSION_KINDS = ["interview", "focus_group", "observation", "other"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const KIND_LABELS: Record<SessionKind, string> = {
  interview: "Interview",
  focus_group: "Focus group",
  observation: "Observation",
  other: "Other",
};

export const PARTICIPANT_GROUPS = [
  "staff",
  "leader",
  "partner",
  "lived_experience",
  "elected_member",
  "other",
] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
export const GROUP_LABELS: Record<ParticipantGroup, string> = {
  staff: "Staff",
  leader: "Leader",
  partner: "Partner",
  lived_experience: "Person with lived experience",
  elected_member: "Elected member",
  other: "Other",
};

export const REQUEST_STATUSES = ["open", "sent", "withdrawn"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  open: "Open",
  sent: "Sent",
  withdrawn: "Withdrawn",
};

/** "Asha Patel (Team manager)", or the name alone when no job title is recorded. */
export function participantLabel(person: { name: string; jobTitle: string }): string {
  return person.jobTitle ? `${person.name} (${person.jobTitle})` : person.name;
}

/** Two sessions overlap when each starts before the other ends: back-to-back sessions do not. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** Rooms are typed by hand: "Room 2", "room  2 " and "ROOM 2" are one room. */
export function placeKey(place: string): string {
  return place.toLowerCase().replace(/\s+/g, "");
}

const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "Europe/London" });

/** "10:00 on 3 March", on a London clock. */
export function atTime(instant: Date): string {
  return `${londonWallClock(instant).time} on ${dayMonth.format(instant)}`;
}

export type ClashSession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  participants: { id: string; name: string; jobTitle: string; briefedAt: Date | null }[];
};

export type Clash = {
  kind: "participant" | "place" | "unbriefed";
  message: string;
  sessionIds: string[];
  participantId?: string;
};

/**
 * Everything in the schedule that needs sorting out before the day: a person booked into two
 * sessions at once, a room booked twice at once (sessions with no room are ignored), and anyone
 * not yet briefed for a session still to come or under way at `now` (a session that is over needs
 * no briefing). Double bookings come first, in time order.
 */
export function findClashes(sessions: ClashSession[], now: Date): Clash[] {
  const ordered = [...sessions].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title),
  );
  const clashes: Clash[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const a = ordered[i]!;
    for (let j = i + 1; j < ordered.length; j++) {
      const b = ordered[j]!;
      // Sorted by start: once one starts after `a` ends, none later can overlap it.
      if (b.startsAt.getTime() >= a.endsAt.getTime()) break;
      if (!overlaps(a, b)) continue;
      const when = atTime(b.startsAt);
      const shared = a.participants.filter((person) => b.participants.some((other) => other.id === person.id));
      for (const person of shared) {
        clashes.push({
          kind: "participant",
          participantId: person.id,
          sessionIds: [a.id, b.id],
          message: `${participantLabel(person)} is in '${a.title}' and '${b.title}' at ${when}`,
        });
      }
      if (a.place.trim() && placeKey(a.place) === placeKey(b.place)) {
        clashes.push({
          kind: "place",
          sessionIds: [a.id, b.id],
          message: `${a.place.trim()} is booked for '${a.title}' and '${b.title}' at ${when}`,
        });
      }
    }
  }
  for (const session of ordered) {
    if (session.endsAt.getTime() <= now.getTime()) continue;
    for (const person of session.participants) {
      if (!person.briefedAt) {
        clashes.push({
          kind: "unbriefed",
          participantId: person.id,
          sessionIds: [session.id],
          message: `${participantLabel(person)} has not been briefed for '${session.title}' at ${atTime(session.startsAt)}`,
        });
      }
    }
  }
  return clashes;
}

/**
 * Clashes as the schedule page shows them: double bookings (a person or a room in two places at
 * once), which need the schedule changed, apart from people not yet briefed, which need a briefing.
 */
export function splitClashes(clashes: readonly Clash[]): { doubleBookings: Clash[]; notBriefed: Clash[] } {
  return {
    doubleBookings: clashes.filter((clash) => clash.kind !== "unbriefed"),
    notBriefed: clashes.filter((clash) => clash.kind === "unbriefed"),
  };
}

/** How a follow-up request's due date reads against today (both London date values). */
export function dueInWords(dueDate: Date, today: Date, status: RequestStatus): { text: string; overdue: boolean } {
  if (status !== "open") return { text: REQUEST_STATUS_LABELS[status], overdue: false };
  const days = Math.round((dueDate.getTime() - today.getTime()) / 86_400_000);
  if (days < 0) return { text: `Overdue by ${-days} ${-days === 1 ? "day" : "days"}`, overdue: true };
  if (days === 0) return { text: "Due today", overdue: false };
  return { text: `Due in ${days} ${days === 1 ? "day" : "days"}`, overdue: false };
}

// The schedule import.

export const VISIT_IMPORT_COLUMNS = [
  "Date",
  "Start",
  "End",
  "Title",
  "Kind",
  "Place",
  "Online link",
  "CQC attendees",
  "Quality statements",
  "Participants",
] as const;

/** "03/03/2026" or "2026-03-03" to "2026-03-03"; null when it is not a real date. */
export function parseScheduleDate(value: string): string | null {
  const text = value.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = uk ? [uk[3], uk[2], uk[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const candidate = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const parsed = new Date(`${candidate}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === candidate ? candidate : null;
}

/** "9:30", "09.30", "2pm", "2:15pm" to "HH:MM"; null when it is not a time of day. */
export function parseScheduleTime(value: string): string | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(value.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  const period = match[3]?.toLowerCase();
  if (!match[2] && !period) return null;
  if (period) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (period === "pm" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

const KIND_WORDS: Record<string, SessionKind> = {
  interview: "interview",
  "focus group": "focus_group",
  focus_group: "focus_group",
  observation: "observation",
  other: "other",
};

export function parseKind(value: string): SessionKind | null {
  return KIND_WORDS[value.trim().toLowerCase().replace(/\s+/g, " ")] ?? null;
}

const GROUP_WORDS: Record<string, ParticipantGroup> = {
  staff: "staff",
  "staff member": "staff",
  leader: "leader",
  leaders: "leader",
  partner: "partner",
  partners: "partner",
  "partner organisation": "partner",
  "partner organization": "partner",
  "person with lived experience": "lived_experience",
  "people with lived experience": "lived_experience",
  "lived experience": "lived_experience",
  lived_experience: "lived_experience",
  "elected member": "elected_member",
  "elected members": "elected_member",
  elected_member: "elected_member",
  councillor: "elected_member",
  councillors: "elected_member",
  other: "other",
};

export function parseGroup(value: string): ParticipantGroup | null {
  return GROUP_WORDS[value.trim().toLowerCase().replace(/\s+/g, " ")] ?? null;
}

export type ImportedParticipant = { name: string; jobTitle: string; group: ParticipantGroup };

/**
 * "Asha Patel (Team manager, leader); Sam Ade (Carer, lived experience); Jo Bloggs": the last part
 * in brackets is the group when it names one, so job titles with commas still read whole.
 */
export function parseParticipants(cell: string): { participants: ImportedParticipant[]; errors: string[] } {
  const participants: ImportedParticipant[] = [];
  const errors: string[] = [];
  for (const raw of cell
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([^()]+?)\s*(?:\(([^()]*)\))?$/.exec(raw);
    if (!match || !match[1]) {
      errors.push(`Write each participant as "Name (Job title, group)": "${raw}" could not be read`);
      continue;
    }
    const inside = (match[2] ?? "").split(",").map((part) => part.trim());
    // "Jo Bloggs (partner)" names the group alone; it must not become a member of staff whose job
    // title is "partner" (the run sheet then called partners staff).
    const last = inside[inside.length - 1] ? parseGroup(inside[inside.length - 1]!) : null;
    const jobTitle = (last ? inside.slice(0, -1) : inside).join(", ").trim();
    const name = match[1].trim();
    if (name.length > 100 || jobTitle.length > 100)
      errors.push(`Keep names and job titles to 100 characters or fewer ("${raw.slice(0, 40)}…")`);
    else if (
      participants.some(
        (person) =>
          person.name.toLowerCase() === name.toLowerCase() && person.jobTitle.toLowerCase() === jobTitle.toLowerCase(),
      )
    )
      continue;
    else participants.push({ name, jobTitle, group: last ?? "staff" });
  }
  return { participants, errors };
}

/** Matches "Safeguarding", "QS6" style keys or names (case-insensitive) to the framework's keys. */
export function matchStatements(
  cell: string,
  statements: { key: string; name: string; number: number }[],
): { keys: string[]; errors: string[] } {
  const keys: string[] = [];
  const errors: string[] = [];
  for (const given of cell
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const lower = given.toLowerCase();
    const found = statements.find(
      (statement) =>
        statement.key.toLowerCase() === lower ||
        statement.name.toLowerCase() === lower ||
        String(statement.number) === lower,
    );
    if (!found)
      errors.push(
        `"${given}" is not a quality statement: use its name as in the framework, for example "${statements[0]?.name ?? "Safeguarding"}"`,
      );
    else if (!keys.includes(found.key)) keys.push(found.key);
  }
  return { keys, errors };
}
