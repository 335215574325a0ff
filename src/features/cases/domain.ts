/**
 * Rules of case tracking that need no database. CQC follows a small number of people's journeys:
 * in the pilots a long list of about 50 cases matching its criteria, 10 selected by CQC (with
 * reflective logs) and about 6 people engaged (framework reference data, "caseTracking"). Cohorts
 * and criteria are set by CQC for each assessment, so the council keeps its own list.
 */
import { daysBetween } from "@/lib/calendar";

export const DEFAULT_COHORTS = [
  "Hospital discharge",
  "Transition from children's services",
  "Unpaid carer",
  "Autism or learning disability",
  "Mental health",
  "Safeguarding enquiry",
  "Direct payments",
] as const;

/** The starting audit question set (our wording), each mapped to the quality statement it informs. */
export const DEFAULT_AUDIT_QUESTIONS: { text: string; statementKey: string }[] = [
  { text: "Was the assessment started within the council's target time?", statementKey: "assessing-needs" },
  { text: "Does the assessment record the person's own views, strengths and goals?", statementKey: "assessing-needs" },
  { text: "Was the carer offered a carer's assessment?", statementKey: "assessing-needs" },
  {
    text: "Was the person given information and advice about prevention and staying well?",
    statementKey: "supporting-healthier-lives",
  },
  {
    text: "Were the person's communication needs met (interpreter, easy read, advocacy)?",
    statementKey: "equity-in-experience-and-outcomes",
  },
  {
    text: "Was the support in the plan in place by the agreed date?",
    statementKey: "care-provision-integration-continuity",
  },
  {
    text: "Did partners (health, housing, voluntary sector) contribute where they were needed?",
    statementKey: "partnerships-and-communities",
  },
  {
    text: "Was the move between services planned so support continued without a gap?",
    statementKey: "safe-systems-pathways-transitions",
  },
  {
    text: "Were safeguarding concerns followed up in line with procedures, with the person's wishes recorded?",
    statementKey: "safeguarding",
  },
  { text: "Was the plan reviewed within 12 months?", statementKey: "governance-management-sustainability" },
  {
    text: "Was feedback from the person or their family sought and recorded?",
    statementKey: "learning-improvement-innovation",
  },
];

export const STAGES = ["none", "long_list", "selected", "engaged"] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  none: "Not in the sample",
  long_list: "Long list",
  selected: "Selected by CQC",
  engaged: "Engaged",
};

/** Each stage includes the later ones: an engaged case is also selected and on the long list. */
export function reachedStage(stage: Stage, atLeast: Exclude<Stage, "none">): boolean {
  return STAGES.indexOf(stage) >= STAGES.indexOf(atLeast);
}

export type Targets = { longList: number; selected: number; engaged: number };
export const PILOT_TARGETS: Targets = { longList: 50, selected: 10, engaged: 6 };

/** Reads the targets from the framework's reference data, falling back to the pilot numbers. */
export function targetsFrom(caseTracking: unknown): Targets {
  const numbers = (caseTracking as { pilotNumbers?: Partial<Targets> } | null)?.pilotNumbers;
  return {
    longList: numbers?.longList ?? PILOT_TARGETS.longList,
    selected: numbers?.selected ?? PILOT_TARGETS.selected,
    engaged: numbers?.engaged ?? PILOT_TARGETS.engaged,
  };
}

type SampledCase = { stage: Stage; cohortId: string; team: string };

/**
 * Progress of the sample against CQC's numbers, and how the long list spreads across cohorts and
 * teams: a cohort with no case on the long list is named, since CQC samples from each.
 */
export function sampleProgress(cases: SampledCase[], cohorts: { id: string; name: string }[], targets: Targets) {
  const longList = cases.filter((item) => reachedStage(item.stage, "long_list"));
  const count = (atLeast: Exclude<Stage, "none">) => cases.filter((item) => reachedStage(item.stage, atLeast)).length;
  const byCohort = cohorts.map((cohort) => ({
    id: cohort.id,
    name: cohort.name,
    recorded: cases.filter((item) => item.cohortId === cohort.id).length,
    longList: longList.filter((item) => item.cohortId === cohort.id).length,
    selected: longList.filter((item) => item.cohortId === cohort.id && reachedStage(item.stage, "selected")).length,
  }));
  const teams = [...new Set(cases.map((item) => item.team || "No team recorded"))].sort((a, b) =>
    a.localeCompare(b, "en"),
  );
  const byTeam = teams.map((team) => ({
    team,
    recorded: cases.filter((item) => (item.team || "No team recorded") === team).length,
    longList: longList.filter((item) => (item.team || "No team recorded") === team).length,
  }));
  return {
    stages: [
      { stage: "long_list" as const, count: count("long_list"), target: targets.longList },
      { stage: "selected" as const, count: count("selected"), target: targets.selected },
      { stage: "engaged" as const, count: count("engaged"), target: targets.engaged },
    ],
    byCohort,
    byTeam,
    cohortsMissing: byCohort.filter((cohort) => cohort.longList === 0).map((cohort) => cohort.name),
  };
}

export type Spread = {
  count: number;
  median: number;
  lowerQuartile: number;
  upperQuartile: number;
  min: number;
  max: number;
};

/** Median, quartiles (linear interpolation) and range of whole-day durations; null with no values. */
export function spreadOf(values: number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => {
    const position = (sorted.length - 1) * fraction;
    const lower = Math.floor(position);
    const upper = Math.ceil(position);
    return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
  };
  return {
    count: sorted.length,
    median: at(0.5),
    lowerQuartile: at(0.25),
    upperQuartile: at(0.75),
    min: sorted[0]!,
    max: sorted.at(-1)!,
  };
}

type TimedCase = {
  cohort: string;
  team: string;
  firstContactDate: Date | null;
  assessmentDate: Date | null;
  planDate: Date | null;
};

/**
 * Days from first contact to assessment, and from assessment to plan, per group (cohort or team)
 * and overall. A case counts only where both dates are recorded and in order; the rest are
 * counted as missing so nobody mistakes a small sample for the whole.
 */
export function timeliness(cases: TimedCase[], by: "cohort" | "team") {
  const interval = (from: Date | null, to: Date | null) => (from && to && to >= from ? daysBetween(from, to) : null);
  const measure = (group: TimedCase[]) => {
    const toAssessment = group
      .map((item) => interval(item.firstContactDate, item.assessmentDate))
      .filter((days): days is number => days !== null);
    const toPlan = group
      .map((item) => interval(item.assessmentDate, item.planDate))
      .filter((days): days is number => days !== null);
    return {
      cases: group.length,
      contactToAssessment: spreadOf(toAssessment),
      assessmentToPlan: spreadOf(toPlan),
      missingContactToAssessment: group.length - toAssessment.length,
      missingAssessmentToPlan: group.length - toPlan.length,
    };
  };
  const names = [...new Set(cases.map((item) => item[by] || "No team recorded"))].sort((a, b) =>
    a.localeCompare(b, "en"),
  );
  return {
    groups: names.map((name) => ({
      name,
      ...measure(cases.filter((item) => (item[by] || "No team recorded") === name)),
    })),
    overall: measure(cases),
  };
}

export const ANSWERS = ["yes", "partly", "no", "not_applicable"] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_LABELS: Record<Answer, string> = {
  yes: "Yes",
  partly: "Partly",
  no: "No",
  not_applicable: "Not applicable",
};

/** Audit answers per question, with the share answered "yes" among those that applied. */
export function auditResults(
  questions: { id: string; text: string }[],
  answers: { questionId: string; answer: Answer }[],
) {
  return questions.map((question) => {
    const counts = Object.fromEntries(ANSWERS.map((answer) => [answer, 0])) as Record<Answer, number>;
    for (const entry of answers) if (entry.questionId === question.id) counts[entry.answer]++;
    const applied = counts.yes + counts.partly + counts.no;
    return {
      id: question.id,
      text: question.text,
      counts,
      audited: applied + counts.not_applicable,
      yesShare: applied ? counts.yes / applied : null,
    };
  });
}

export const CONTACT_METHODS = [
  "Phone",
  "Letter",
  "E-mail",
  "Visit",
  "Through an advocate or family member",
  "Other",
] as const;

/** Equality fields, kept to the broad groups an equity analysis needs (ONS-style groupings). */
export const AGE_BANDS = ["18 to 25", "26 to 64", "65 to 74", "75 to 84", "85 and over"] as const;
export const ETHNICITIES = [
  "Asian or Asian British",
  "Black, Black British, Caribbean or African",
  "Mixed or multiple ethnic groups",
  "White",
  "Other ethnic group",
  "Not stated",
] as const;
export const SEXES = ["Female", "Male", "Not stated"] as const;
export const DISABILITY = ["Yes", "No", "Not stated"] as const;

export const LOG_STATUS_LABELS = { draft: "Draft", submitted: "Ready for sign-off", signed_off: "Signed off" } as const;

/** The columns a case extract may have (matched ignoring case); Case reference and Cohort are required. */
export const CASE_IMPORT_COLUMNS = [
  "Case reference",
  "Cohort",
  "Team",
  "Practitioner",
  "First contact",
  "Assessment",
  "Plan",
  "Last review",
  "Support type",
  "Age band",
  "Ethnicity",
  "Sex",
  "Disability",
] as const;

const norm = (value: string) => value.trim().toLowerCase().replace(/['’]/g, "'");

/** "14/03/2026" (as UK systems export) or "2026-03-14" to "2026-03-14"; anything else as given, for the schema to refuse. */
export function isoFromUkDate(value: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!uk) return value.trim();
  return `${uk[3]}-${uk[2]!.padStart(2, "0")}-${uk[1]!.padStart(2, "0")}`;
}

/**
 * Turns one row of a case extract into the case form's fields, or says what is wrong in words a
 * person can act on. The cohort is matched by name; equality values by their wording.
 */
export function mapCaseImportRow(
  row: Record<string, string>,
  cohorts: { id: string; name: string }[],
): { fields: Record<string, string> } | { errors: string[] } {
  const get = (column: string) => {
    const key = Object.keys(row).find((name) => norm(name) === norm(column));
    return key ? (row[key] ?? "").trim() : "";
  };
  const errors: string[] = [];
  const cohortName = get("Cohort");
  const cohort = cohorts.find((candidate) => norm(candidate.name) === norm(cohortName));
  if (!cohortName) errors.push("Give the cohort or pathway");
  else if (!cohort)
    errors.push(
      `Cohort "${cohortName}" is not in your list: use ${cohorts.map((candidate) => candidate.name).join(", ")}, or add it in the case tracking settings`,
    );
  const choice = (column: string, options: readonly string[]) => {
    const given = get(column);
    if (!given) return "";
    const found = options.find((option) => norm(option) === norm(given));
    if (!found) errors.push(`${column} "${given}" is not recognised: use ${options.join(", ")}`);
    return found ?? "";
  };
  const fields = {
    reference: get("Case reference"),
    cohortId: cohort?.id ?? "",
    team: get("Team"),
    practitioner: get("Practitioner"),
    firstContactDate: isoFromUkDate(get("First contact")),
    assessmentDate: isoFromUkDate(get("Assessment")),
    planDate: isoFromUkDate(get("Plan")),
    lastReviewDate: isoFromUkDate(get("Last review")),
    supportType: get("Support type"),
    ageBand: choice("Age band", AGE_BANDS),
    ethnicity: choice("Ethnicity", ETHNICITIES),
    sex: choice("Sex", SEXES),
    disability: choice("Disability", DISABILITY),
  };
  return errors.length ? { errors } : { fields };
}

/** The parts of a reflective log, in order, with what each asks for. */
export const REFLECTION_FIELDS = [
  { name: "journey", label: "The journey in brief", hint: "From first contact to now, in a few sentences. No names." },
  { name: "wentWell", label: "What went well", hint: "" },
  { name: "couldBeBetter", label: "What could have been better", hint: "" },
  {
    name: "personVoice",
    label: "The person's voice",
    hint: "What the person (or their carer) said about their care and support, in their words where you can.",
  },
  { name: "outcomes", label: "Outcomes", hint: "What changed for the person." },
] as const;
