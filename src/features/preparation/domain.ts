/**
 * Rules for staff preparation sessions, no I/O: the formats, the one-per-line lists a facilitator
 * types, and drawing a balanced set of mock interview questions.
 */
export const FORMATS = ["workshop", "mock_interview", "briefing"] as const;
export type SessionFormat = (typeof FORMATS)[number];

export const FORMAT_LABELS: Record<SessionFormat, string> = {
  workshop: "Workshop",
  mock_interview: "Mock interview",
  briefing: "Briefing",
};

export const DURATIONS = [30, 45, 60, 90, 120, 180] as const;

/** A textarea "one per line" as a list: trimmed, blank lines dropped, repeats kept once. */
export function linesOf(text: string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const key = line.toLowerCase();
    if (line && !seen.has(key)) {
      seen.add(key);
      lines.push(line);
    }
  }
  return lines;
}

type Candidate = { id: string; statementKeys: string[] };

/**
 * A balanced random set: questions are taken in turn from each chosen statement (shuffled within
 * it), so eight questions over four statements gives two each, and a statement with fewer
 * questions leaves its turn to the others. A question mapped to two statements is drawn once.
 * `exclude` holds questions already in the session; `random` is injectable so tests are exact.
 */
export function drawBalancedSet<T extends Candidate>(
  candidates: readonly T[],
  options: { statementKeys: readonly string[]; count: number; exclude?: ReadonlySet<string>; random?: () => number },
): T[] {
  const random = options.random ?? Math.random;
  const excluded = options.exclude ?? new Set<string>();
  const pools = options.statementKeys.map((key) =>
    shuffle(
      candidates.filter((question) => question.statementKeys.includes(key) && !excluded.has(question.id)),
      random,
    ),
  );
  const drawn: T[] = [];
  const taken = new Set<string>();
  while (drawn.length < options.count && pools.some((pool) => pool.length > 0)) {
    for (const pool of pools) {
      if (drawn.length >= options.count) break;
      let next = pool.shift();
      while (next && taken.has(next.id)) next = pool.shift();
      if (next) {
        taken.add(next.id);
        drawn.push(next);
      }
    }
  }
  return drawn;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** Where a session stands on a given day: planned sessions become "to record" once they start. */
export function sessionStatus(
  session: { startsAt: Date; recordedAt: Date | null },
  now: Date,
): "planned" | "to_record" | "recorded" {
  if (session.recordedAt) return "recorded";
  return session.startsAt.getTime() > now.getTime() ? "planned" : "to_record";
}

export const STATUS_LABELS = { planned: "Planned", to_record: "To record", recorded: "Recorded" } as const;
