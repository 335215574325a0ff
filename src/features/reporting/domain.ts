/**
 * Reporting reads across the other features (the one feature allowed to) and turns what it reads
 * into the shapes the dashboard and the exports draw. The exports take these plain values, never
 * database rows, so each can be built and tested on its own.
 */

export type RatingSummary = {
  /** "Good", or null while any statement is unscored and nothing can be said. */
  label: string | null;
  percentage: number | null;
  /** Scored statements out of nine. */
  scored: number;
  total: number;
  /** "upper Good", "lower Requires improvement": where the percentage sits in its band. */
  position: string | null;
};

/** The self-assessment as a Word document: theme by theme, statement by statement. */
export type SelfAssessmentDocument = {
  councilName: string;
  generatedAt: Date;
  rating: RatingSummary;
  themes: {
    number: number;
    name: string;
    statements: {
      number: number;
      name: string;
      weStatement: string;
      iStatements: string[];
      status: string;
      score: number | null;
      scoreLabel: string | null;
      direction: string | null;
      directionReason: string;
      strengths: string[];
      howWeKnow: string;
      areasForImprovement: string[];
      scoreRationale: string;
      /** Evidence the library holds for the statement, as cited in the document. */
      evidence: { title: string; categories: string[]; date: Date | null }[];
    }[];
  }[];
};

/** The board briefing pack: the dashboard's figures, dated, for members and boards. */
export type BoardPack = {
  councilName: string;
  generatedAt: Date;
  rating: RatingSummary;
  statements: { number: number; name: string; theme: string; score: number | null; direction: string | null; status: string }[];
  /** Rating percentage at each snapshot, oldest first. */
  trend: { name: string; takenAt: Date; percentage: number | null }[];
  coverageGaps: { statement: string; category: string }[];
  outOfDateEvidence: number;
  informationReturn: { total: number; submitted: number; ready: number; overdue: number; dueDate: Date | null; daysLeft: number | null };
  evidenceRequests: { open: number; overdue: number };
  cases: { recorded: number; longList: number; selected: number; engaged: number; audited: number; logsSignedOff: number };
  /** Areas for improvement recorded against the lowest-scored statements, for "top risks". */
  risks: { statement: string; text: string }[];
};

/** One row of the evidence register export. */
export type RegisterRow = {
  title: string;
  description: string;
  kind: string;
  status: string;
  statements: string[];
  iStatements: string[];
  categories: string[];
  ownerName: string;
  ownerEmail: string;
  sourceTeam: string;
  evidenceDate: Date | null;
  reviewBy: Date | null;
  containsPersonalData: boolean;
  files: number;
  url: string;
  tags: string[];
  updatedAt: Date;
};
