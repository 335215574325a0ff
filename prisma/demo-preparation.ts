/**
 * The demo council's staff preparation: the starting question bank, eight past sessions across
 * four teams (attendance, themes, follow-ups, and before/after pulses with confidence rising from
 * June to November), one session coming up, and a good practice log with one entry in the library.
 */
import { db } from "@/lib/db/client";
import { systemScope } from "@/lib/authz/scope";
import { loadStartingBank } from "@/features/question-bank/mutations";
import { addFollowUp, createSession, drawQuestions, recordSession } from "@/features/preparation/mutations";
import { recordSessionSchema, sessionSchema } from "@/features/preparation/schema";
import { createPulseLink, submitPulse } from "@/features/pulse/mutations";
import { listPulseThemes } from "@/features/pulse/data";
import { convertToEvidence, createEntry } from "@/features/good-practice/mutations";
import { convertSchema, entrySchema } from "@/features/good-practice/schema";

const PAST = [
  {
    day: "2026-06-09",
    team: "North locality team",
    title: "Telling our story: assessments",
    format: "workshop",
    statements: ["assessing-needs", "supporting-healthier-lives"],
  },
  {
    day: "2026-06-23",
    team: "Hospital discharge team",
    title: "Safe transfers mock interview",
    format: "mock_interview",
    statements: ["safe-systems-pathways-transitions"],
  },
  {
    day: "2026-07-14",
    team: "South locality team",
    title: "Carers and equity briefing",
    format: "briefing",
    statements: ["equity-in-experience-and-outcomes", "assessing-needs"],
  },
  {
    day: "2026-08-11",
    team: "Mental health team",
    title: "Safeguarding mock interview",
    format: "mock_interview",
    statements: ["safeguarding"],
  },
  {
    day: "2026-09-08",
    team: "North locality team",
    title: "Partnerships and communities workshop",
    format: "workshop",
    statements: ["partnerships-and-communities", "care-provision-integration-continuity"],
  },
  {
    day: "2026-09-29",
    team: "Hospital discharge team",
    title: "Leadership and learning mock interview",
    format: "mock_interview",
    statements: ["governance-management-sustainability", "learning-improvement-innovation"],
  },
  {
    day: "2026-10-20",
    team: "South locality team",
    title: "Safeguarding mock interview",
    format: "mock_interview",
    statements: ["safeguarding", "safe-systems-pathways-transitions"],
  },
  {
    day: "2026-11-10",
    team: "Mental health team",
    title: "Final rehearsal: all themes",
    format: "workshop",
    statements: [
      "assessing-needs",
      "safeguarding",
      "partnerships-and-communities",
      "governance-management-sustainability",
    ],
  },
] as const;

const ROLES = [
  "Senior social worker",
  "Social worker",
  "Social worker (ASYE)",
  "Occupational therapist",
  "Community care officer",
  "Senior practitioner",
  "Social work assistant",
  "Reviewing officer",
  "Approved mental health professional",
  "Student social worker",
];
const THEMES = [
  ["Not sure where to find the latest carers' strategy", "Want more examples of co-production to talk about"],
  ["Waiting lists for occupational therapy come up every time", "Confident on safeguarding thresholds"],
  ["Data on outcomes by ethnicity is hard to find", "Staff know the direct payments offer well"],
  ["Learning from safeguarding adult reviews is not yet shared widely"],
  ["Good stories about voluntary sector partners", "Unsure how the integrated care board plans affect us"],
  ["Staff see the quality assurance framework as paperwork", "Want to hear from the principal social worker"],
  ["Transitions from children's services feel solid"],
  ["Much more confident than in the summer", "Still nervous about data questions"],
];

/** A small deterministic generator, so the demo is the same every time. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export async function seedDemoPreparation(
  workspaceId: string,
  people: { leadId: string; contributorId: string; managerId: string },
) {
  if (await db.prepSession.count({ where: { workspaceId } })) return;
  const scope = systemScope(workspaceId);
  const manager = { userId: people.managerId };
  const viewer = { userId: people.managerId, seesAll: false };
  await loadStartingBank(scope, { userId: people.leadId });
  const themes = await listPulseThemes(scope);
  const random = sequence(7);

  for (const [index, past] of PAST.entries()) {
    const { id } = await createSession(
      scope,
      manager,
      viewer,
      sessionSchema.parse({
        title: past.title,
        team: past.team,
        format: past.format,
        audienceKey: "",
        day: past.day,
        time: "10:00",
        durationMinutes: "90",
        location: "Room 2, County Hall",
      }),
    );
    await drawQuestions(scope, manager, viewer, { sessionId: id, statementKeys: [...past.statements], count: 6 });
    const attendees = ROLES.slice(0, 6 + (index % 4)).map(
      (role, position) => `${role} ${String.fromCharCode(65 + position)}`,
    );
    const session = await db.prepSession.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await recordSession(
      scope,
      manager,
      viewer,
      recordSessionSchema.parse({
        sessionId: id,
        expectedVersion: String(session.version),
        attendees: attendees.join("\n"),
        notes: "Staff talked through their own cases and the evidence behind them.",
        themes: THEMES[index]!.join("\n"),
      }),
    );
    if (index % 3 === 0)
      await addFollowUp(scope, manager, viewer, {
        sessionId: id,
        text: `Share the evidence staff asked about: ${THEMES[index]![0]!.toLowerCase()}`,
        owner: "Team manager",
        dueDate: past.day.replace(/-(\d\d)$/, "-28"),
      });

    // Confidence rises session by session, and within each session from before to after.
    const startsAt = new Date(`${past.day}T09:00:00Z`);
    for (const moment of ["before", "after"] as const) {
      const link = await createPulseLink(
        scope,
        manager,
        viewer,
        { sessionId: id, moment, days: 1, maxAnswers: 60 },
        startsAt,
      );
      const centre = 2.2 + index * 0.2 + (moment === "after" ? 0.6 : 0);
      for (let answer = 0; answer < attendees.length - (moment === "after" ? 1 : 0); answer++) {
        const scores = Object.fromEntries(
          themes.map((theme) => [theme.key, Math.min(5, Math.max(1, Math.round(centre + (random() - 0.5) * 2)))]),
        );
        await submitPulse(link.token, scores, startsAt);
      }
    }
  }

  await createSession(
    scope,
    manager,
    viewer,
    sessionSchema.parse({
      title: "Principal social worker rehearsal",
      team: "Principal social worker's office",
      format: "mock_interview",
      audienceKey: "principal-social-worker",
      day: "2027-01-12",
      time: "14:00",
      durationMinutes: "120",
      location: "Teams meeting",
    }),
  );

  const entries = [
    {
      kind: "good_practice",
      title: "Carers' breaks arranged within a week",
      description:
        "A carer's assessment picked up that the carer had not had a break in two years; the team arranged a short break within a week using the carers' fund.",
      team: "South locality team",
      statementKeys: ["assessing-needs", "equity-in-experience-and-outcomes"],
    },
    {
      kind: "challenge",
      title: "Delays for occupational therapy assessments",
      description:
        "People waiting for an occupational therapy assessment for minor adaptations wait on average eleven weeks; the team is piloting a trusted assessor model.",
      team: "North locality team",
      statementKeys: ["assessing-needs"],
    },
    {
      kind: "good_practice",
      title: "Joint safeguarding visits with the police",
      description:
        "Joint visits in cases of financial abuse led to faster protection plans and the person's wishes being recorded in their own words.",
      team: "Mental health team",
      statementKeys: ["safeguarding"],
    },
  ];
  const created = [];
  for (const entry of entries)
    created.push(await createEntry(scope, { userId: people.contributorId }, entrySchema.parse(entry)));
  await convertToEvidence(
    scope,
    { userId: people.leadId },
    convertSchema.parse({ entryId: created[2]!.id, categoryKey: "processes" }),
  );
}
