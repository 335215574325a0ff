/** The kinds of assurance cycle a council goes through after its first assessment. */
export const CYCLE_KINDS = ["first_assessment", "annual_self_assessment", "re_assessment", "thematic_review"] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];

/** The kinds a council starts itself; the first assessment is every workspace's first cycle. */
export const STARTABLE_CYCLE_KINDS = ["annual_self_assessment", "re_assessment", "thematic_review"] as const;
export type StartableCycleKind = (typeof STARTABLE_CYCLE_KINDS)[number];

export const CYCLE_KIND_LABELS: Record<CycleKind, string> = {
  first_assessment: "First assessment",
  annual_self_assessment: "Annual self-assessment",
  re_assessment: "Re-assessment",
  thematic_review: "Thematic review",
};

export const CYCLE_KIND_HINTS: Record<StartableCycleKind, string> = {
  annual_self_assessment: "The yearly review of the whole self-assessment, to discuss with CQC.",
  re_assessment: "Getting ready for CQC's next full assessment, 3 to 4 years after the first.",
  thematic_review: "A review of some statements through one lens, for example support for unpaid carers.",
};

export type Cycle = {
  id: string;
  kind: CycleKind;
  name: string;
  startedOn: Date;
  notificationDate: Date | null;
  /** Weeks after notification the on-site visit is expected (timeline's setting). */
  visitWeeks: number;
  statementKeys: string[];
  lens: string;
  previousCycleId: string | null;
};

/** "Annual self-assessment 2027": the name offered when a cycle is started on `on` (yyyy-mm-dd). */
export function suggestedCycleName(kind: StartableCycleKind, on: string): string {
  return `${CYCLE_KIND_LABELS[kind]} ${on.slice(0, 4)}`;
}

/** Whether a statement is looked at in this cycle: every one, except in a thematic review. */
export function coversStatement(cycle: Pick<Cycle, "kind" | "statementKeys">, key: string): boolean {
  return cycle.kind !== "thematic_review" || cycle.statementKeys.includes(key);
}

/** Every workspace's first cycle, made with the workspace (and by the migration for older ones). */
export function firstCycle(startedOn: Date) {
  const day = new Date(Date.UTC(startedOn.getUTCFullYear(), startedOn.getUTCMonth(), startedOn.getUTCDate()));
  return { kind: "first_assessment" as const, name: CYCLE_KIND_LABELS.first_assessment, startedOn: day };
}
