import { formatDate } from "@/components/format/date";
import { isoDay, ukToday } from "@/lib/calendar";
import type { EvidenceKind } from "@/features/evidence/domain";
import type { EvidenceItemInput } from "@/features/evidence/schema";

/**
 * Rules of the good practice log that need no database.
 */
export const GOOD_PRACTICE_KINDS = ["good_practice", "challenge"] as const;
export type GoodPracticeKind = (typeof GOOD_PRACTICE_KINDS)[number];

export const KIND_LABELS: Record<GoodPracticeKind, string> = {
  good_practice: "Good practice",
  challenge: "Challenge",
};

// A story of good practice is what the evidence library calls a case study; a challenge (and what
// the service does about it) has no closer kind than "other".
const EVIDENCE_KIND: Record<GoodPracticeKind, EvidenceKind> = {
  good_practice: "case_study",
  challenge: "other",
};

/** The themes of the framework with their quality statements, for the grouped checkboxes and filters. */

export const GOOD_PRACTICE_TAG = "Good practice log";

type Entry = {
  kind: GoodPracticeKind;
  title: string;
  description: string;
  team: string;
  statementKeys: string[];
  createdAt: Date;
};

/** Where the evidence came from, added under the entry's own words so the library keeps its origin. */
export function provenance(entry: Pick<Entry, "kind" | "team" | "createdAt">): string {
  const as = entry.kind === "challenge" ? "a challenge" : "good practice";
  return `Recorded in the good practice log as ${as} on ${formatDate(entry.createdAt)}. Team: ${entry.team || "not given"}.`;
}

/**
 * The draft evidence item an entry becomes: its own words and quality statements, the evidence
 * category the readiness team chose, owned by whoever added it to the library.
 */
export function evidenceFromEntry(
  entry: Entry,
  choice: { categoryKey: string; title: string },
  ownerId: string,
): EvidenceItemInput {
  return {
    title: choice.title || entry.title,
    description: `${entry.description}\n\n${provenance(entry)}`,
    kind: EVIDENCE_KIND[entry.kind],
    url: null,
    ownerId,
    sourceTeam: entry.team,
    evidenceDate: isoDay(ukToday(entry.createdAt)),
    reviewBy: null,
    containsPersonalData: false,
    status: "draft",
    statementKeys: entry.statementKeys,
    categories: [choice.categoryKey],
    iStatementKeys: [],
    returnItemIds: [],
    tags: [GOOD_PRACTICE_TAG],
  };
}
