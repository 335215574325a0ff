import {
  calculateRating,
  describeSignificantShortfalls,
  rankedRoutesToNextBand,
  scoresNotAgreedNote,
  suggestedScoreFromCategories,
  type IndicativeRating,
  type RatingName,
  type RouteChange,
  type Score,
} from "@/features/rating/domain";
import { calibrate, describeDifference, type Calibration } from "@/features/cqc-result/domain";
import { coverageGaps } from "@/features/evidence/domain";
import { daysLeft, progressOf, returnDueDate, type IrStatus } from "@/features/information-return/domain";
import {
  DIRECTION_LABELS,
  STATUS_LABELS,
  scoredButNotAgreed,
  type Direction,
  type StatementStatus,
} from "@/features/self-assessment/domain";
import { targetsFrom } from "@/features/cases/domain";
import { keyDates, nextKeyDate, type TimelineFacts } from "@/features/timeline/domain";
import { benchmarkFigures, describeStanding } from "@/features/benchmark/domain";
import type { OutcomeRow } from "@/features/benchmark/schema";

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
  /**
   * Statements whose score is counted though nobody has agreed it yet, e.g. "7. Safeguarding (in
   * progress)": the figure may move when they are reviewed, and readers must be told so.
   */
  notAgreed?: string[];
};

/** What the dashboard, the board pack and the Word document say of scores not yet agreed. */
export function notAgreedNote(rating: RatingSummary): string | null {
  return scoresNotAgreedNote(rating.notAgreed ?? []);
}

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
  /** How we compare with every published CQC outcome; absent when no set of outcomes is loaded. */
  benchmark?: BoardPackBenchmark | null;
  councilName: string;
  generatedAt: Date;
  rating: RatingSummary;
  statements: {
    number: number;
    name: string;
    theme: string;
    score: number | null;
    direction: string | null;
    status: string;
  }[];
  /** Rating percentage at each snapshot, oldest first. */
  trend: { name: string; takenAt: Date; percentage: number | null }[];
  coverageGaps: { statement: string; category: string }[];
  outOfDateEvidence: number;
  informationReturn: {
    total: number;
    submitted: number;
    ready: number;
    overdue: number;
    dueDate: Date | null;
    daysLeft: number | null;
  };
  evidenceRequests: { open: number; overdue: number };
  cases: {
    recorded: number;
    longList: number;
    selected: number;
    engaged: number;
    audited: number;
    logsSignedOff: number;
  };
  /** Areas for improvement recorded against the lowest-scored statements, for "top risks". */
  risks: { statement: string; text: string }[];
  /** The cheapest ways to reach the next band, or null until every statement is scored (or at the top). */
  waysUp: WaysUp | null;
  /** The warning when any statement is self-assessed at 1, whatever the overall band; null when none is. */
  significantShortfalls?: string | null;
  /** CQC's published result beside the self-assessment, once it is recorded. */
  cqcResult?: PublishedResultSummary | null;
};

/** What CQC published, with our self-assessment beside it (calibration), for the dashboard and the board pack. */
export type PublishedResultSummary = {
  rating: RatingName;
  percent: number;
  publishedOn: Date;
  /** The warning when CQC scored any statement 1; null when it did not. */
  significantShortfalls: string | null;
  calibration: Calibration;
  /** Each statement's line in words: "We were higher by 1 point". */
  rows: { statement: string; ours: number | null; cqc: number; difference: string }[];
};

/** "What would move us up a band", in words: the three least-effort ways, each a list of changes. */
export type WaysUp = { nextRating: string; pointsNeeded: number; ways: string[][]; more: number };

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

export function ratingSummary(
  rating: IndicativeRating,
  statements: { number: number; name: string; status: StatementStatus; score: Score | null }[],
): RatingSummary {
  const total = statements.length;
  const notAgreed = scoredButNotAgreed(statements);
  if (rating.kind === "complete") {
    return {
      label: rating.rating,
      percentage: rating.percent,
      scored: rating.scored,
      total,
      position: `${rating.position.placement} ${rating.rating}`,
      notAgreed,
    };
  }
  return {
    label: null,
    percentage: rating.kind === "partial" ? rating.percent : null,
    scored: rating.scored,
    total,
    position: null,
    notAgreed,
  };
}

type Facts = {
  summaries: {
    bands: Parameters<typeof calculateRating>[1];
    themes: {
      key: string;
      number: number;
      name: string;
      statements: {
        key: string;
        number: number;
        name: string;
        status: StatementStatus;
        score: Score | null;
        direction: Direction | null;
        content: { improvements: { text: string }[]; categoryScores?: Record<string, Score> };
      }[];
    }[];
  };
  snapshots: {
    name: string;
    takenOn: Date;
    rating: { percent?: number; kind: string };
    statements: { key: string; content: { score?: number | null } }[];
  }[];
  framework: { evidenceCategories: { key: string; name: string; usedForLocalAuthorities: boolean }[] };
  coverage: Map<string, number>;
  outOfDate: number;
  informationReturn: { notificationDate: Date | null; items: { status: IrStatus; due: Date | null }[] };
  requests: { open: number; overdue: number };
  cases: BoardPack["cases"];
  caseTracking: unknown;
  timeline: TimelineFacts;
  cqcResult?: {
    rating: RatingName;
    percent: number;
    publishedOn: Date;
    scores: Record<string, Score>;
  } | null;
};

function publishedResultSummary(
  result: NonNullable<Facts["cqcResult"]>,
  statements: { key: string; number: number; name: string; score: Score | null }[],
  bands: Parameters<typeof calculateRating>[1],
): PublishedResultSummary {
  const named = statements.map((statement) => ({
    key: statement.key,
    name: `${statement.number}. ${statement.name}`,
    ours: statement.score,
  }));
  const calibration = calibrate(named, result.scores);
  const published = calculateRating(
    named.map((statement) => ({
      key: statement.key,
      name: statement.name,
      score: result.scores[statement.key] ?? null,
    })),
    bands,
  );
  return {
    rating: result.rating,
    percent: result.percent,
    publishedOn: result.publishedOn,
    significantShortfalls: describeSignificantShortfalls(published.significantShortfalls),
    calibration,
    rows: calibration.rows.map((row) => ({
      statement: row.name,
      ours: row.ours,
      cqc: row.cqc,
      difference: describeDifference(row),
    })),
  };
}

/** Turns the facts read for the dashboard into what it shows; the board pack shows the same. */
export function buildDashboard(facts: Facts, context: { councilName: string; now: Date }) {
  const statements = facts.summaries.themes.flatMap((theme) =>
    theme.statements.map((statement) => ({ ...statement, theme: theme.name, themeNumber: theme.number })),
  );
  const rating = calculateRating(
    statements.map((statement) => ({
      key: statement.key,
      score: statement.score,
      name: `${statement.number}. ${statement.name}`,
    })),
    facts.summaries.bands,
  );
  // The coverage matrix uses the categories CQC uses for councils.
  const categories = facts.framework.evidenceCategories.filter(
    (category) => category.usedForLocalAuthorities && category.key !== "observation",
  );
  const gaps = coverageGaps(statements, categories, facts.coverage);
  // The coverage table: statements with most gaps first, each with its count per category.
  const coverageRows = statements
    .map((statement) => ({
      key: statement.key,
      name: `${statement.number}. ${statement.name}`,
      number: statement.number,
      counts: categories.map((category) => ({
        key: category.key,
        items: facts.coverage.get(`${statement.key}|${category.key}`) ?? 0,
      })),
    }))
    .sort(
      (a, b) =>
        b.counts.filter((cell) => !cell.items).length - a.counts.filter((cell) => !cell.items).length ||
        a.number - b.number,
    );
  const returnDue = returnDueDate(facts.informationReturn.notificationDate);
  const irProgress = progressOf(facts.informationReturn.items, context.now);
  // Snapshots oldest first, then "Now", so the trend reads left to right.
  const history = [...facts.snapshots].reverse();
  const trend = [
    ...history.map((snapshot) => ({
      name: snapshot.name,
      takenAt: snapshot.takenOn,
      percentage: snapshot.rating.percent ?? null,
    })),
    { name: "Now", takenAt: context.now, percentage: rating.kind === "unscored" ? null : rating.percent },
  ];
  const scoreHistory = statements.map((statement) => ({
    key: statement.key,
    name: `${statement.number}. ${statement.name}`,
    scores: [
      ...history.map(
        (snapshot) => snapshot.statements.find((entry) => entry.key === statement.key)?.content.score ?? null,
      ),
      statement.score,
    ],
  }));
  // Risks: areas for improvement of the lowest-scored statements (unscored ones first: unknown is a risk too).
  const risks = [...statements]
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.number - b.number)
    .flatMap((statement) =>
      statement.content.improvements
        .filter((item) => item.text)
        .map((item) => ({ statement: `${statement.number}. ${statement.name}`, text: item.text })),
    )
    .slice(0, 8);
  const waysUp = waysUpFrom(statements, gaps, facts.summaries.bands);
  const pack: BoardPack = {
    councilName: context.councilName,
    generatedAt: context.now,
    rating: ratingSummary(rating, statements),
    statements: statements.map((statement) => ({
      number: statement.number,
      name: statement.name,
      theme: statement.theme,
      score: statement.score,
      direction: statement.direction ? DIRECTION_LABELS[statement.direction] : null,
      status: STATUS_LABELS[statement.status],
    })),
    trend,
    coverageGaps: gaps.map((gap) => ({ statement: gap.statement, category: gap.category })),
    outOfDateEvidence: facts.outOfDate,
    informationReturn: {
      total: irProgress.total,
      submitted: irProgress.counts.submitted,
      ready: irProgress.counts.ready,
      overdue: irProgress.overdue,
      dueDate: returnDue,
      daysLeft: returnDue ? daysLeft(returnDue, context.now) : null,
    },
    evidenceRequests: facts.requests,
    cases: facts.cases,
    risks,
    waysUp,
    significantShortfalls: describeSignificantShortfalls(rating.significantShortfalls),
    cqcResult: facts.cqcResult ? publishedResultSummary(facts.cqcResult, statements, facts.summaries.bands) : null,
  };
  return {
    pack,
    rating,
    themes: facts.summaries.themes,
    categories,
    coverageRows,
    gaps,
    scoreHistory,
    snapshotNames: [...history.map((snapshot) => snapshot.name), "Now"],
    informationReturn: { ...pack.informationReturn, counts: irProgress.counts },
    caseTargets: targetsFrom(facts.caseTracking),
    // The countdown tile: null before the notification date is entered or once every date has passed.
    timeline: {
      notified: facts.timeline.notificationDate !== null,
      next: nextKeyDate(keyDates(facts.timeline), context.now),
    },
  };
}
export type Dashboard = ReturnType<typeof buildDashboard>;

function waysUpFrom(
  statements: {
    key: string;
    number: number;
    name: string;
    score: Score | null;
    content: Facts["summaries"]["themes"][number]["statements"][number]["content"];
  }[],
  gaps: { statementKey: string; category: string }[],
  bands: Parameters<typeof calculateRating>[1],
): WaysUp | null {
  const scored = statements.flatMap((statement) =>
    statement.score === null ? [] : [{ ...statement, score: statement.score }],
  );
  if (scored.length < statements.length) return null;
  const result = rankedRoutesToNextBand(
    scored.map((statement) => ({
      key: statement.key,
      score: statement.score,
      categoryPercent:
        suggestedScoreFromCategories(Object.values(statement.content.categoryScores ?? {}), bands)?.percent ?? null,
      evidenceGaps: gaps.filter((gap) => gap.statementKey === statement.key).map((gap) => gap.category),
    })),
    bands,
  );
  if (!result) return null;
  const nameOf = new Map(statements.map((statement) => [statement.key, `${statement.number}. ${statement.name}`]));
  return {
    nextRating: result.nextRating,
    pointsNeeded: result.pointsNeeded,
    ways: result.routes.map((route) =>
      route.changes.map((change) => describeChange(nameOf.get(change.key) ?? change.key, change)),
    ),
    more: result.more,
  };
}

/** "2 more points would reach Good": how far the next band is, as the dashboard and board pack say it. */
export function describePointsToNextBand(waysUp: Pick<WaysUp, "pointsNeeded" | "nextRating">): string {
  const points = waysUp.pointsNeeded === 1 ? "1 more point" : `${waysUp.pointsNeeded} more points`;
  return `${points} would reach ${waysUp.nextRating}`;
}

/** "9. Safeguarding from 2 to 3: its evidence category scores already reach a 3; no evidence yet for Partners." */
export function describeChange(name: string, change: RouteChange): string {
  const near =
    change.distance === null
      ? "its evidence categories are not scored yet"
      : change.distance === 0
        ? `its evidence category scores already reach a ${change.to}`
        : `its evidence category scores are ${change.distance} percentage points short of a ${change.to}`;
  const gaps = change.evidenceGaps.length === 0 ? "" : `; no evidence yet for ${listInWords(change.evidenceGaps)}`;
  return `${name} from ${change.from} to ${change.to}: ${near}${gaps}.`;
}

function listInWords(items: string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}`;
}

type DocumentFacts = {
  summaries: {
    bands: Parameters<typeof calculateRating>[1];
    themes: {
      number: number;
      name: string;
      statements: {
        key: string;
        number: number;
        name: string;
        weStatement: string;
        iStatements: { text: string }[];
        status: StatementStatus;
        score: Score | null;
        direction: Direction | null;
        content: {
          strengths: { text: string }[];
          howWeKnow: string;
          improvements: { text: string }[];
          directionReason: string;
          scoreRationale: string;
        };
      }[];
    }[];
  };
  scoreLabels: { score: number; label: string }[];
  categories: { key: string; name: string }[];
  citations: {
    title: string;
    categories: string[];
    evidenceDate: Date | null;
    statements: { qualityStatement: { key: string } }[];
  }[];
};

/** The self-assessment as the Word document shows it, citing the ready and approved evidence for each statement. */
export function selfAssessmentDocumentFrom(
  facts: DocumentFacts,
  context: { councilName: string; now: Date },
): SelfAssessmentDocument {
  const statements = facts.summaries.themes.flatMap((theme) => theme.statements);
  const rating = calculateRating(
    statements.map((statement) => ({ key: statement.key, score: statement.score })),
    facts.summaries.bands,
  );
  const categoryName = (key: string) => facts.categories.find((category) => category.key === key)?.name ?? key;
  return {
    councilName: context.councilName,
    generatedAt: context.now,
    rating: ratingSummary(rating, statements),
    themes: facts.summaries.themes.map((theme) => ({
      number: theme.number,
      name: theme.name,
      statements: theme.statements.map((statement) => ({
        number: statement.number,
        name: statement.name,
        weStatement: statement.weStatement,
        iStatements: statement.iStatements.map((entry) => entry.text),
        status: STATUS_LABELS[statement.status],
        score: statement.score,
        scoreLabel: facts.scoreLabels.find((entry) => entry.score === statement.score)?.label ?? null,
        direction: statement.direction ? DIRECTION_LABELS[statement.direction] : null,
        directionReason: statement.content.directionReason,
        strengths: statement.content.strengths.map((item) => item.text).filter(Boolean),
        howWeKnow: statement.content.howWeKnow,
        areasForImprovement: statement.content.improvements.map((item) => item.text).filter(Boolean),
        scoreRationale: statement.content.scoreRationale,
        evidence: facts.citations
          .filter((item) => item.statements.some((link) => link.qualityStatement.key === statement.key))
          .map((item) => ({
            title: item.title,
            categories: item.categories.map(categoryName),
            date: item.evidenceDate,
          })),
      })),
    })),
  };
}

/** The board pack's benchmark page: every council with a published outcome, against our self-assessment. */
export type BoardPackBenchmark = {
  version: string;
  source: string;
  councils: number;
  /** "Requires improvement, 58%: 40 councils higher, …", or null until all nine are scored. */
  overall: string | null;
  ratings: { rating: string; councils: number }[];
  statements: { number: number; name: string; counts: [number, number, number, number]; ours: string }[];
  /** The statements most often scored 2 or lower, most first. */
  hardest: { number: number; name: string; twoOrLower: number; differsFromBand: number }[];
};

export function boardPackBenchmark(
  set: { version: string; source: string; outcomes: readonly OutcomeRow[] },
  statements: readonly { number: number; name: string; score: Score | null }[],
): BoardPackBenchmark {
  const ordered = [...statements].sort((a, b) => a.number - b.number);
  const figures = benchmarkFigures(set.outcomes, {}, { selfAssessed: ordered.map((statement) => statement.score) });
  const name = (number: number) => ordered[number - 1]?.name ?? `Statement ${number}`;
  const place = figures.overall.selfAssessed;
  return {
    version: set.version,
    source: set.source,
    councils: figures.councils,
    overall: place ? `${place.rating}, ${place.percent}%: ${describeStanding(place)}` : null,
    ratings: figures.overall.ratings,
    statements: figures.statements.map((spread) => ({
      number: spread.statement,
      name: name(spread.statement),
      counts: [spread.counts[1], spread.counts[2], spread.counts[3], spread.counts[4]],
      ours: spread.selfAssessed
        ? `${spread.selfAssessed.score}: ${spread.selfAssessed.higher} higher, ${spread.selfAssessed.lower} lower`
        : "Not scored",
    })),
    hardest: figures.hardest.map((entry) => ({
      number: entry.statement,
      name: name(entry.statement),
      twoOrLower: entry.twoOrLower,
      differsFromBand: entry.differsFromBand,
    })),
  };
}
