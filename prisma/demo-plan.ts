/**
 * The demo council's plan for the assessment: an improvement action for each statement's first
 * area for improvement (a mix of statuses and RAG ratings, two overdue), the readiness checklist,
 * and a first draft of the on-site visit schedule (three days, some people not yet briefed).
 */
import { db } from "@/lib/db/client";
import { systemScope } from "@/lib/authz/scope";
import { addProgressNote, createImprovementAction } from "@/features/improvement-plan/mutations";
import { actionSchema, progressNoteSchema } from "@/features/improvement-plan/schema";
import { startChecklist } from "@/features/timeline/mutations";
import { completeVisitImport, stageVisitImport } from "@/features/visit/mutations";

const PLANS = [
  { title: "Clear the assessment backlog in the west locality", due: "2026-11-16", status: "in_progress", rag: "red" },
  {
    title: "Same-week delivery for standard equipment in rural areas",
    due: "2027-02-26",
    status: "in_progress",
    rag: "amber",
  },
  { title: "Direct payments outreach with community groups", due: "2027-03-31", status: "not_started", rag: "green" },
  {
    title: "Commission nursing home beds in the north of the county",
    due: "2027-06-30",
    status: "in_progress",
    rag: "amber",
  },
  { title: "Secure data sharing with the mental health trust", due: "2026-11-20", status: "in_progress", rag: "amber" },
  {
    title: "Discharge summaries sent to home care providers on the day",
    due: "2027-01-29",
    status: "not_started",
    rag: "green",
  },
  {
    title: "Clear the DoLS backlog with additional best interests assessors",
    due: "2027-04-30",
    status: "in_progress",
    rag: "red",
  },
] as const;

const PEOPLE = [
  "Director of adult social care (Senior leader)",
  "Principal social worker (Senior leader)",
  "Carers' centre manager (Partner)",
  "Chair of the safeguarding adults board (Partner)",
  "Expert by experience (Person with lived experience)",
];

function schedule(): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  const days = ["05/01/2027", "06/01/2027", "07/01/2027"];
  const sessions = [
    ["Interview with the director of adult social care", "Senior leaders", "governance-management-sustainability", [0]],
    ["Interview with the principal social worker", "Senior leaders", "learning-improvement-innovation", [1]],
    ["Carers focus group", "Focus group", "supporting-healthier-lives", [2, 4]],
    ["Safeguarding partners", "Focus group", "safeguarding", [3]],
    ["Frontline social workers, north", "Focus group", "assessing-needs", [5, 6, 7, 8]],
    ["Frontline social workers, south", "Focus group", "assessing-needs", [9, 10, 11, 12]],
    ["Occupational therapists", "Focus group", "assessing-needs", [13, 14, 15]],
    ["Hospital discharge team", "Focus group", "safe-systems-pathways-transitions", [16, 17, 18]],
  ] as const;
  const names = (indexes: readonly number[]) =>
    indexes
      .map((index) =>
        index < PEOPLE.length ? PEOPLE[index]! : `Practitioner ${index - PEOPLE.length + 1} (Social worker)`,
      )
      .join("; ");
  sessions.forEach(([title, kind, statement, people], index) => {
    rows.push({
      Date: days[Math.floor(index / 3)]!,
      Start: `${10 + (index % 3) * 2}:00`,
      End: `${11 + (index % 3) * 2}:00`,
      Title: title,
      Kind: kind === "Senior leaders" ? "Interview" : kind,
      Place: index % 2 === 0 ? "Committee room 1, County Hall" : "Committee room 2, County Hall",
      "Online link": "",
      "CQC attendees": "Lead inspector; inspector",
      "Quality statements": statement,
      Participants: names(people),
    });
  });
  return rows;
}

export async function seedDemoPlan(
  workspaceId: string,
  people: { leadId: string; contributorId: string; managerId: string },
) {
  if (await db.improvementAction.count({ where: { workspaceId } })) return;
  const scope = systemScope(workspaceId);
  const lead = { userId: people.leadId, prep: { userId: people.leadId, seesAll: true } };
  const assessments = await db.statementAssessment.findMany({
    where: { workspaceId },
    orderBy: { qualityStatement: { number: "asc" } },
    select: { qualityStatement: { select: { key: true } }, content: true },
  });
  const withAreas = assessments
    .map((assessment) => ({
      key: assessment.qualityStatement.key,
      area: (assessment.content as { improvements?: { id: string; text: string }[] }).improvements?.[0],
    }))
    .filter((entry): entry is { key: string; area: { id: string; text: string } } => Boolean(entry.area));
  for (const [index, entry] of withAreas.slice(0, PLANS.length).entries()) {
    const plan = PLANS[index]!;
    const { id } = await createImprovementAction(
      scope,
      lead,
      actionSchema.parse({
        title: plan.title,
        ownerId: index % 2 === 0 ? people.leadId : people.managerId,
        dueDate: plan.due,
        status: plan.status,
        rag: plan.rag,
        statementKeys: [entry.key],
        source: `improvement:${entry.key}:${entry.area.id}`,
      }),
      new Date("2026-10-01T09:00:00Z"),
    );
    if (plan.status === "in_progress") {
      await addProgressNote(
        scope,
        lead,
        progressNoteSchema.parse({
          actionId: id,
          note: "Plan agreed at the readiness group; first review in a month.",
        }),
        { maySeeSensitive: true, now: new Date("2026-10-20T09:00:00Z") },
      );
    }
  }
  await startChecklist(scope, lead);
  const staged = await stageVisitImport(scope, lead, { fileName: "Northmoor visit schedule.csv", rows: schedule() });
  await completeVisitImport(scope, lead, { importId: staged.id, dropInvalid: false });
}
