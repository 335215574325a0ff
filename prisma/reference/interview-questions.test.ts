import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type Audience = { key: string; name: string };
type Question = {
  key: string;
  text: string;
  statements: string[];
  audiences: string[];
  prompts: string[];
  followUps: string[];
};
type Bank = { source: string; audiences: Audience[]; questions: Question[] };

const referenceDir = path.join(process.cwd(), "prisma", "reference");
const bank = JSON.parse(readFileSync(path.join(referenceDir, "interview-questions.json"), "utf8")) as Bank;
const framework = JSON.parse(readFileSync(path.join(referenceDir, "cqc-la-framework.json"), "utf8")) as {
  qualityStatements: { key: string }[];
};

const statementKeys = framework.qualityStatements.map((s) => s.key);

const expectedAudiences: Audience[] = [
  { key: "frontline-social-workers", name: "Frontline social workers" },
  { key: "occupational-therapists", name: "Occupational therapists" },
  { key: "team-managers", name: "Team managers" },
  { key: "principal-social-worker", name: "Principal social worker" },
  { key: "senior-leaders", name: "Senior leaders" },
  { key: "commissioners", name: "Commissioners" },
  { key: "safeguarding-team", name: "Safeguarding team" },
  { key: "partners", name: "Partners" },
  { key: "elected-members", name: "Elected members" },
];
const audienceKeys = expectedAudiences.map((a) => a.key);

const prefixes: Record<string, string> = {
  "assessing-needs": "an",
  "supporting-healthier-lives": "hl",
  "equity-in-experience-and-outcomes": "eq",
  "care-provision-integration-continuity": "cp",
  "partnerships-and-communities": "pc",
  "safe-systems-pathways-transitions": "ss",
  safeguarding: "sg",
  "governance-management-sustainability": "gm",
  "learning-improvement-innovation": "li",
};

const MIN_QUESTIONS = 90;
const MIN_PER_STATEMENT = 8;
const MIN_PER_AUDIENCE = 8;
const MIN_PRINCIPAL_SOCIAL_WORKER = 12;

/** Every rule the bank must meet, as a list of readable problems (empty when the bank is sound). */
function problems(b: Bank): string[] {
  const found: string[] = [];
  const questions = b.questions;

  if (questions.length < MIN_QUESTIONS) found.push(`only ${questions.length} questions`);

  const seenKeys = new Set<string>();
  const seenTexts = new Set<string>();
  for (const q of questions) {
    if (seenKeys.has(q.key)) found.push(`duplicate key ${q.key}`);
    seenKeys.add(q.key);

    const normalised = q.text.trim().toLowerCase();
    if (seenTexts.has(normalised)) found.push(`${q.key}: duplicate text`);
    seenTexts.add(normalised);

    if (!q.text.trim().endsWith("?")) found.push(`${q.key}: text does not end with "?"`);

    if (q.statements.length === 0) found.push(`${q.key}: no statements`);
    for (const s of q.statements) {
      if (!statementKeys.includes(s)) found.push(`${q.key}: unknown statement ${s}`);
    }
    if (new Set(q.statements).size !== q.statements.length) found.push(`${q.key}: repeated statement`);

    const main = q.statements[0];
    const prefix = main === undefined ? undefined : prefixes[main];
    if (prefix === undefined || !new RegExp(`^${prefix}-\\d{2}$`).test(q.key)) {
      found.push(`${q.key}: key does not match main statement ${main ?? "(none)"}`);
    }

    if (q.audiences.length === 0) found.push(`${q.key}: no audiences`);
    for (const a of q.audiences) {
      if (!audienceKeys.includes(a)) found.push(`${q.key}: unknown audience ${a}`);
    }
    if (new Set(q.audiences).size !== q.audiences.length) found.push(`${q.key}: repeated audience`);

    if (q.prompts.length < 2 || q.prompts.length > 4) found.push(`${q.key}: ${q.prompts.length} prompts`);
    if (q.prompts.some((p) => p.trim() === "")) found.push(`${q.key}: empty prompt`);
    if (q.followUps.length < 1 || q.followUps.length > 3) found.push(`${q.key}: ${q.followUps.length} follow-ups`);
    if (q.followUps.some((f) => !f.trim().endsWith("?"))) found.push(`${q.key}: follow-up does not end with "?"`);
  }

  for (const s of statementKeys) {
    const n = questions.filter((q) => q.statements[0] === s).length;
    if (n < MIN_PER_STATEMENT) found.push(`statement ${s} is the main statement of only ${n} questions`);
  }
  for (const a of audienceKeys) {
    const n = questions.filter((q) => q.audiences.includes(a)).length;
    const min = a === "principal-social-worker" ? MIN_PRINCIPAL_SOCIAL_WORKER : MIN_PER_AUDIENCE;
    if (n < min) found.push(`audience ${a} has only ${n} questions`);
  }
  return found;
}

function copyOf(b: Bank): Bank {
  return structuredClone(b);
}

function first(b: Bank): Question {
  const q = b.questions[0];
  if (q === undefined) throw new Error("bank has no questions");
  return q;
}

describe("interview question bank", () => {
  it("has a source sentence and exactly the nine audiences", () => {
    expect(bank.source.trim().length).toBeGreaterThan(0);
    expect(bank.audiences).toEqual(expectedAudiences);
  });

  it("only uses quality statement keys from the framework", () => {
    expect(statementKeys).toHaveLength(9);
    const unknown = bank.questions.flatMap((q) =>
      q.statements.filter((s) => !statementKeys.includes(s)).map((s) => `${q.key}: ${s}`),
    );
    expect(unknown).toEqual([]);
  });

  it("only uses the nine audience keys", () => {
    const unknown = bank.questions.flatMap((q) =>
      q.audiences.filter((a) => !audienceKeys.includes(a)).map((a) => `${q.key}: ${a}`),
    );
    expect(unknown).toEqual([]);
  });

  it("has unique keys with the main statement's prefix", () => {
    const keys = bank.questions.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const q of bank.questions) {
      const prefix = prefixes[q.statements[0] ?? ""];
      expect(prefix, q.key).toBeDefined();
      expect(q.key).toMatch(new RegExp(`^${prefix}-\\d{2}$`));
    }
  });

  it(`has at least ${MIN_QUESTIONS} questions`, () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
  });

  it(`has at least ${MIN_PER_STATEMENT} questions for each main statement`, () => {
    for (const s of statementKeys) {
      const n = bank.questions.filter((q) => q.statements[0] === s).length;
      expect(n, s).toBeGreaterThanOrEqual(MIN_PER_STATEMENT);
    }
  });

  it(`suits each audience with at least ${MIN_PER_AUDIENCE} questions, and the principal social worker with ${MIN_PRINCIPAL_SOCIAL_WORKER}`, () => {
    for (const a of audienceKeys) {
      const n = bank.questions.filter((q) => q.audiences.includes(a)).length;
      expect(n, a).toBeGreaterThanOrEqual(MIN_PER_AUDIENCE);
    }
    const psw = bank.questions.filter((q) => q.audiences.includes("principal-social-worker")).length;
    expect(psw).toBeGreaterThanOrEqual(MIN_PRINCIPAL_SOCIAL_WORKER);
  });

  it("gives every question 2 to 4 prompts, 1 to 3 follow-ups and a question mark", () => {
    for (const q of bank.questions) {
      expect(q.prompts.length, q.key).toBeGreaterThanOrEqual(2);
      expect(q.prompts.length, q.key).toBeLessThanOrEqual(4);
      expect(q.followUps.length, q.key).toBeGreaterThanOrEqual(1);
      expect(q.followUps.length, q.key).toBeLessThanOrEqual(3);
      expect(q.text.trim().endsWith("?"), q.key).toBe(true);
      for (const f of q.followUps) expect(f.trim().endsWith("?"), `${q.key}: ${f}`).toBe(true);
    }
  });

  it("has no two question texts the same, ignoring case", () => {
    const texts = bank.questions.map((q) => q.text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("does not present the Liberty Protection Safeguards as current", () => {
    expect(JSON.stringify(bank).toLowerCase()).not.toContain("liberty protection safeguards");
  });

  it("passes every rule together", () => {
    expect(problems(bank)).toEqual([]);
  });
});

describe("interview question bank rules catch mistakes", () => {
  it("catches an unknown statement", () => {
    const b = copyOf(bank);
    first(b).statements.push("not-a-statement");
    expect(problems(b).some((p) => p.includes("unknown statement"))).toBe(true);
  });

  it("catches an unknown audience", () => {
    const b = copyOf(bank);
    first(b).audiences = ["social-workers"];
    expect(problems(b).some((p) => p.includes("unknown audience"))).toBe(true);
  });

  it("catches a duplicate key and a duplicate text differing only in case", () => {
    const b = copyOf(bank);
    const q = first(b);
    b.questions.push({ ...q, text: q.text.toUpperCase() });
    const found = problems(b);
    expect(found).toContain(`duplicate key ${q.key}`);
    expect(found).toContain(`${q.key}: duplicate text`);
  });

  it("catches too few or too many prompts and follow-ups", () => {
    const b = copyOf(bank);
    const q = first(b);
    q.prompts = ["only one"];
    q.followUps = [];
    const found = problems(b);
    expect(found).toContain(`${q.key}: 1 prompts`);
    expect(found).toContain(`${q.key}: 0 follow-ups`);

    q.prompts = ["a", "b", "c", "d", "e"];
    q.followUps = ["One?", "Two?", "Three?", "Four?"];
    expect(problems(b)).toContain(`${q.key}: 5 prompts`);
    expect(problems(b)).toContain(`${q.key}: 4 follow-ups`);
  });

  it("catches a question that is not a question", () => {
    const b = copyOf(bank);
    const q = first(b);
    q.text = "Tell me about your team.";
    expect(problems(b)).toContain(`${q.key}: text does not end with "?"`);
  });

  it("catches too few questions, a thin statement and a thin audience", () => {
    const b = copyOf(bank);
    b.questions = b.questions.filter(
      (q) => q.statements[0] !== "safeguarding" && !q.audiences.includes("principal-social-worker"),
    );
    const found = problems(b);
    expect(found.some((p) => p.startsWith("only "))).toBe(true);
    expect(found.some((p) => p.startsWith("statement safeguarding"))).toBe(true);
    expect(found.some((p) => p.startsWith("audience principal-social-worker"))).toBe(true);
  });
});
