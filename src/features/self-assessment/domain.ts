import type { Score } from "@/features/rating/domain";

/**
 * Rules of the self-assessment that need no database. Councils are told to keep the
 * self-assessment short and purposeful; CQC sets no word limit, so these recommended lengths are
 * ours, chosen so the nine statements fit a board paper of about twenty pages.
 */
export const RECOMMENDED_WORDS = {
  strengths: 350,
  howWeKnow: 150,
  improvements: 200,
  directionReason: 80,
  scoreRationale: 120,
} as const;

export const DIRECTIONS = ["improving", "stable", "declining"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = {
  improving: "Improving",
  stable: "Stable",
  declining: "Declining",
};

export const STATUSES = ["not_started", "in_progress", "ready_for_review", "agreed"] as const;
export type StatementStatus = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<StatementStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  ready_for_review: "Ready for review",
  agreed: "Agreed",
};

/**
 * The statements whose score the rating counts though nobody has agreed it yet, named with their
 * status ("7. Safeguarding (in progress)"), so a rating can say what it rests on.
 */
export function scoredButNotAgreed(
  statements: readonly { number: number; name: string; status: StatementStatus; score: Score | null }[],
): string[] {
  return statements
    .filter((statement) => statement.score !== null && statement.status !== "agreed")
    .map((statement) => `${statement.number}. ${statement.name} (${STATUS_LABELS[statement.status].toLowerCase()})`);
}

export type ListItem = { id: string; text: string };

/** What the council writes for one quality statement; stored whole in every revision. */
export type StatementContent = {
  strengths: ListItem[];
  howWeKnow: string;
  improvements: ListItem[];
  direction: Direction | null;
  directionReason: string;
  score: Score | null;
  scoreRationale: string;
  /** Optional per-evidence-category scores (CQC's earlier method), keyed by category key. */
  categoryScores: Record<string, Score>;
};

export const EMPTY_CONTENT: StatementContent = {
  strengths: [],
  howWeKnow: "",
  improvements: [],
  direction: null,
  directionReason: "",
  score: null,
  scoreRationale: "",
  categoryScores: {},
};

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

export function wordsIn(items: ListItem[]): number {
  return items.reduce((sum, item) => sum + countWords(item.text), 0);
}

export type ReviewStep = "submit" | "agree" | "reopen";

/**
 * The review path: drafted (in progress) → submitted for review → agreed; an agreed statement is
 * read-only until reopened with a reason. Returns the new status, or why the step is not possible.
 */
export function nextStatus(
  step: ReviewStep,
  current: StatementStatus,
  content: StatementContent,
): { status: StatementStatus } | { refused: string } {
  switch (step) {
    case "submit":
      if (current !== "in_progress") return { refused: "Only a statement in progress can be submitted for review." };
      if (content.score === null) return { refused: "Choose a score before submitting the statement for review." };
      return { status: "ready_for_review" };
    case "agree":
      if (current !== "ready_for_review")
        return { refused: "Only a statement that is ready for review can be agreed." };
      return { status: "agreed" };
    case "reopen":
      if (current !== "agreed" && current !== "ready_for_review")
        return { refused: "Only a statement under review or agreed can be reopened." };
      return { status: "in_progress" };
  }
}

export function isEditable(status: StatementStatus): boolean {
  return status !== "agreed";
}
