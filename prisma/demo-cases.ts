/**
 * The demo council's case sample: about 120 fictional cases (references only, no names) across
 * the cohorts, a long list of 50 covering every cohort, 10 selected by CQC of which 6 engaged,
 * audits of the selected cases and four reflective logs at each stage of sign-off.
 */
import { db } from "@/lib/db/client";
import { systemScope } from "@/lib/authz/scope";
import { listAuditQuestions, listCohorts } from "@/features/cases/data";
import {
  addContact,
  completeCaseImport,
  saveCaseAudit,
  saveReflectiveLog,
  setConsent,
  setSampleStage,
  setUpCaseTracking,
  signOffReflectiveLog,
  stageCaseImport,
} from "@/features/cases/mutations";
import { AGE_BANDS, DISABILITY, ETHNICITIES, SEXES } from "@/features/cases/domain";
import { caseAuditSchema, reflectiveLogSchema } from "@/features/cases/schema";

const TEAMS = [
  "Hospital discharge team",
  "North locality team",
  "South locality team",
  "Mental health team",
  "Learning disability team",
  "Carers support team",
  "Transitions team",
];
const SUPPORT = [
  "Home care",
  "Direct payment",
  "Reablement",
  "Carer support",
  "Residential care",
  "Day opportunities",
  "Information and advice",
];

/** A small deterministic generator, so the demo is the same every time. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const ukDate = (date: Date) =>
  `${String(date.getUTCDate()).padStart(2, "0")}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${date.getUTCFullYear()}`;

export async function seedDemoCases(
  workspaceId: string,
  people: { leadId: string; contributorId: string; managerId: string },
) {
  if (await db.caseCohort.count({ where: { workspaceId } })) return;
  const scope = systemScope(workspaceId);
  const lead = { userId: people.leadId };
  await setUpCaseTracking(scope, lead);
  const cohorts = await listCohorts(scope);
  const random = sequence(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

  const rows = Array.from({ length: 120 }, (_, index) => {
    const cohort = cohorts[index % cohorts.length]!;
    const contact = new Date(Date.UTC(2026, Math.floor(random() * 9), 1 + Math.floor(random() * 27)));
    // Most assessments within four weeks, a few much later; plans a week or three after.
    const assessment = new Date(
      contact.getTime() + (3 + Math.floor(random() * (random() < 0.85 ? 25 : 80))) * 86_400_000,
    );
    const plan = new Date(assessment.getTime() + (5 + Math.floor(random() * 20)) * 86_400_000);
    const recorded = random() < 0.9;
    return {
      "Case reference": `NCC-${String(204_100 + index * 7)}`,
      Cohort: cohort.name,
      Team: index % cohorts.length === 0 ? "Hospital discharge team" : pick(TEAMS),
      Practitioner: `SW-${100 + Math.floor(random() * 40)}`,
      "First contact": ukDate(contact),
      Assessment: ukDate(assessment),
      Plan: recorded && plan.getTime() < Date.UTC(2026, 10, 1) ? ukDate(plan) : "",
      "Last review": "",
      "Support type": pick(SUPPORT),
      "Age band": pick(AGE_BANDS),
      Ethnicity: pick(ETHNICITIES),
      Sex: pick(SEXES),
      Disability: pick(DISABILITY),
    };
  });
  const staged = await stageCaseImport(scope, lead, { fileName: "Northmoor case extract.csv", rows });
  await completeCaseImport(scope, lead, { importId: staged.id, dropInvalid: false });

  const cases = await db.trackedCase.findMany({
    where: { workspaceId },
    orderBy: { reference: "asc" },
    select: { id: true, cohortId: true },
  });
  // The long list: 50 cases, taking cohorts in turn so each is covered.
  const byCohort = cohorts.map((cohort) => cases.filter((item) => item.cohortId === cohort.id));
  const longList: string[] = [];
  for (let round = 0; longList.length < 50; round++)
    for (const group of byCohort) if (group[round] && longList.length < 50) longList.push(group[round]!.id);
  await setSampleStage(scope, lead, { caseIds: longList, stage: "long_list" });
  const selected = longList.filter((_, index) => index % 5 === 0).slice(0, 10);
  await setSampleStage(scope, lead, { caseIds: selected, stage: "selected" });
  const engaged = selected.slice(0, 6);
  await setSampleStage(scope, lead, { caseIds: engaged, stage: "engaged" });
  for (const [index, caseId] of engaged.entries()) {
    await setConsent(scope, lead, { caseId, consent: index === 5 ? "no" : "yes" });
    if (index < 3)
      await addContact(scope, lead, {
        caseId,
        contactedOn: "2026-11-18",
        method: "Phone",
        note: "Agreed a time for CQC to call",
      });
  }

  const questions = await listAuditQuestions(scope);
  const answers = ["yes", "yes", "yes", "partly", "no", "not_applicable"] as const;
  for (const caseId of selected) {
    const form = Object.fromEntries([
      ["caseId", caseId],
      ...questions.map((question) => [`answer.${question.id}`, pick(answers)]),
    ]);
    await saveCaseAudit(scope, { userId: people.managerId }, caseAuditSchema.parse(form));
  }

  const reflections = [
    {
      journey: "Referred by the ward on the day of discharge; home with reablement within 48 hours.",
      wentWell: "Same-day assessment on the ward and a clear handover to reablement.",
      couldBeBetter: "Equipment arrived a day after discharge.",
      personVoice: '"I was frightened about going home but they had it all sorted."',
      outcomes: "Living at home independently after six weeks; no ongoing package needed.",
    },
    {
      journey: "Young person moving from children's services at 18; planning started at 16.",
      wentWell: "Joint visits by both social workers in the year before the move.",
      couldBeBetter: "The college placement was confirmed late.",
      personVoice: '"I knew who my new worker was before my birthday."',
      outcomes: "Settled in supported living with a direct payment for activities.",
    },
    {
      journey: "Carer asked for help after a fall at home; carer's assessment and respite arranged.",
      wentWell: "Carer's assessment offered at the first contact.",
      couldBeBetter: "Waited five weeks for the respite placement.",
      personVoice: '"Someone finally asked how I was coping."',
      outcomes: "Regular respite; carer still caring and feeling supported.",
    },
    {
      journey: "Safeguarding concern raised by a neighbour; enquiry under section 42.",
      wentWell: "The person's wishes were recorded and led the plan.",
      couldBeBetter: "",
      personVoice: "",
      outcomes: "",
    },
  ];
  for (const [index, text] of reflections.entries()) {
    const caseId = selected[index]!;
    const author = { userId: people.contributorId };
    await saveReflectiveLog(
      scope,
      author,
      reflectiveLogSchema.parse({ caseId, expectedVersion: 0, ...text, intent: index < 3 ? "submit" : "save" }),
    );
    if (index < 2) await signOffReflectiveLog(scope, { userId: people.managerId }, { caseId, decision: "sign_off" });
  }
}
