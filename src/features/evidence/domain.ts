/**
 * Rules of the evidence library that need no database.
 */
export const EVIDENCE_KINDS = ["document", "link", "data_or_metric", "case_study", "feedback_or_survey", "other"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const KIND_LABELS: Record<EvidenceKind, string> = {
  document: "Document",
  link: "Link",
  data_or_metric: "Data or metric",
  case_study: "Case study",
  feedback_or_survey: "Feedback or survey",
  other: "Other",
};

export const EVIDENCE_STATUSES = ["draft", "ready", "approved", "out_of_date"] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
export const EVIDENCE_STATUS_LABELS: Record<EvidenceStatus, string> = {
  draft: "Draft",
  ready: "Ready",
  approved: "Approved",
  out_of_date: "Out of date",
};

/** An item past its review-by date is out of date, whatever status it was given. */
export function effectiveStatus(status: EvidenceStatus, reviewBy: Date | null, today: Date): EvidenceStatus {
  if (reviewBy && reviewBy.getTime() < startOfUtcDay(today).getTime()) return "out_of_date";
  return status;
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export const SORTS = ["updated", "title", "evidence-date", "review-by"] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 25;

/** Coverage gaps: a quality statement with no evidence in a category CQC uses for councils. */
export function coverageGaps(
  statements: { key: string; name: string }[],
  categories: { key: string; name: string }[],
  counts: Map<string, number>,
): { statement: string; category: string }[] {
  return statements.flatMap((statement) =>
    categories
      .filter((category) => !counts.get(`${statement.key}|${category.key}`))
      .map((category) => ({ statement: statement.name, category: category.name })),
  );
}

/**
 * Categories evidence can be filed under: the four CQC uses for councils, plus outcomes, which is
 * not used in the baseline assessments but may return (prisma/reference/cqc-la-framework.json).
 * Observation is never used for local authorities.
 */
export function isFileableCategory(category: { key: string; usedForLocalAuthorities: boolean }): boolean {
  return category.usedForLocalAuthorities || category.key === "outcomes";
}
