/**
 * The demo council's self-assessment: partly finished, as a council a few months into preparing
 * would have it. Written through the real mutations, so revisions, audit events and snapshots are
 * exactly what users would have made. All names, figures and services are fictional.
 */
import { db } from "@/lib/db/client";
import { systemScope } from "@/lib/authz/scope";
import { createSnapshot, reviewStatement, saveStatement } from "@/features/self-assessment/mutations";
import { saveStatementSchema } from "@/features/self-assessment/schema";

type Draft = {
  strengths: string[];
  howWeKnow: string;
  improvements: string[];
  direction: "improving" | "stable" | "declining";
  why: string;
  score: number;
  rationale: string;
  baselineScore: number;
};

const DRAFTS: Record<string, Draft> = {
  "assessing-needs": {
    strengths: [
      "Care Act assessments are strengths-based: 84% of audited assessments record what matters to the person.",
      "Carers' assessments rose from 610 to 905 in a year after the carers' hub opened.",
    ],
    howWeKnow: "Quarterly practice audit (60 cases), carers' survey 2026, performance dashboard.",
    improvements: [
      "212 people wait more than 28 days for an assessment, mostly in the west locality.",
      "Reviews of long-term support: 61% done on time against a target of 80%.",
    ],
    direction: "improving",
    why: "The waiting list fell by a third since April after the triage pilot.",
    score: 2,
    baselineScore: 2,
    rationale: "Good practice in assessments, but waits and overdue reviews are shortfalls people feel.",
  },
  "supporting-healthier-lives": {
    strengths: [
      "Reablement: 82% of people remain at home 91 days after discharge.",
      "Community wellbeing navigators in every primary care network.",
    ],
    howWeKnow: "ASCOF 2B, navigator outcome reports, partner feedback from the ICB.",
    improvements: ["Equipment deliveries take 9 days on average in rural areas."],
    direction: "stable",
    why: "Reablement outcomes steady for three years.",
    score: 3,
    baselineScore: 3,
    rationale: "Prevention and reablement are consistently good.",
  },
  "equity-in-experience-and-outcomes": {
    strengths: ["Interpreting available the same day in 14 languages."],
    howWeKnow: "Equality monitoring of referrals against census data.",
    improvements: [
      "People from Black and minority ethnic communities are under-represented among direct payment users (4% against 11% of the population).",
    ],
    direction: "improving",
    why: "Outreach with two community organisations began in September.",
    score: 2,
    baselineScore: 2,
    rationale: "Known gaps in access; action started but not yet showing results.",
  },
  "care-provision-integration-continuity": {
    strengths: [
      "87% of home care providers rated good or outstanding by CQC.",
      "Market position statement refreshed with providers in 2026.",
    ],
    howWeKnow: "CQC provider ratings, provider forum minutes, fee uplift agreement.",
    improvements: ["Nursing home capacity is short in the north of the county."],
    direction: "stable",
    why: "Market stable; workforce pressures persist.",
    score: 3,
    baselineScore: 3,
    rationale: "A sustainable, mostly good quality market with one known gap.",
  },
  "partnerships-and-communities": {
    strengths: [
      "Joint discharge team with the acute trust cut delayed discharges by 40%.",
      "Voluntary sector grants co-designed with people who draw on care.",
    ],
    howWeKnow: "Discharge data, partner survey (92% positive), co-production board minutes.",
    improvements: ["Data sharing with the mental health trust still relies on e-mail."],
    direction: "improving",
    why: "Partner survey up from 78% positive last year.",
    score: 3,
    baselineScore: 3,
    rationale: "Strong partnerships that partners themselves describe as effective.",
  },
  "safe-systems-pathways-transitions": {
    strengths: ["Preparing for adulthood team starts planning at age 14."],
    howWeKnow: "Transitions audit of 25 young people; parent carer forum feedback.",
    improvements: ["Hospital discharge information does not always reach home care providers on the day."],
    direction: "stable",
    why: "No significant change this year.",
    score: 3,
    baselineScore: 2,
    rationale: "Transitions work well; discharge information is a known shortfall being fixed with the trust.",
  },
  safeguarding: {
    strengths: [
      "Section 42 enquiries begin within 2 working days in 93% of cases.",
      "Making Safeguarding Personal: outcomes asked for in 95% of enquiries.",
    ],
    howWeKnow: "Safeguarding adults board annual report, multi-agency audit.",
    improvements: ["Backlog of 140 DoLS applications."],
    direction: "improving",
    why: "DoLS backlog halved since January.",
    score: 3,
    baselineScore: 2,
    rationale: "Safe, person-centred safeguarding; the DoLS backlog is reducing.",
  },
  "governance-management-sustainability": {
    strengths: ["Monthly assurance board chaired by the director of adult social services."],
    howWeKnow: "Assurance board minutes, budget monitoring.",
    improvements: ["Overspend of £2.1m forecast on placements."],
    direction: "stable",
    why: "Financial pressure steady.",
    score: 3,
    baselineScore: 3,
    rationale: "Clear governance; financial sustainability is the main risk.",
  },
  "learning-improvement-innovation": {
    strengths: [],
    howWeKnow: "",
    improvements: [],
    direction: "stable",
    why: "",
    score: 0,
    baselineScore: 0,
    rationale: "",
  },
};

export async function seedDemoSelfAssessment(
  workspaceId: string,
  people: { leadId: string; contributorId: string; directorId: string },
) {
  if ((await db.statementAssessment.count({ where: { workspaceId } })) > 0) return;
  const scope = systemScope(workspaceId);
  const versions = new Map<string, number>();
  const write = async (key: string, draft: Draft, score: number, actor: string) => {
    if (!score) return;
    const fields: Record<string, string> = {
      statementKey: key,
      expectedVersion: String(versions.get(key) ?? 0),
      howWeKnow: draft.howWeKnow,
      direction: draft.direction,
      directionReason: draft.why,
      score: String(score),
      scoreRationale: draft.rationale,
    };
    draft.strengths.forEach((text, index) => (fields[`strengths.${index}.text`] = text));
    draft.improvements.forEach((text, index) => (fields[`improvements.${index}.text`] = text));
    const { version } = await saveStatement(scope, { userId: actor }, saveStatementSchema.parse(fields));
    versions.set(key, version);
  };

  // First pass, in the spring: the baseline.
  for (const [key, draft] of Object.entries(DRAFTS)) await write(key, draft, draft.baselineScore, people.contributorId);
  await createSnapshot(scope, { userId: people.leadId }, { name: "Baseline", takenOn: "2026-04-30" });

  // Since then: two scores revised, most statements through review.
  for (const [key, draft] of Object.entries(DRAFTS))
    if (draft.score !== draft.baselineScore) await write(key, draft, draft.score, people.leadId);
  const keys = Object.keys(DRAFTS).filter((key) => DRAFTS[key]!.score);
  for (const [index, key] of keys.entries()) {
    const step = async (name: "submit" | "agree", actor: string) => {
      await reviewStatement(
        scope,
        { userId: actor },
        { statementKey: key, step: name, expectedVersion: versions.get(key)!, reason: "" },
      );
      versions.set(key, versions.get(key)! + 1);
    };
    if (index < 7) await step("submit", people.leadId);
    if (index < 6) await step("agree", people.directorId);
  }
  await createSnapshot(scope, { userId: people.leadId }, { name: "Before notification", takenOn: "2026-10-31" });
}
