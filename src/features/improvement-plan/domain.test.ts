import { describe, expect, it } from "vitest";
import {
  titleFromFinding,
  ariaSort,
  completedAtAfter,
  daysOverdue,
  dueLabel,
  sortLink,
  sourceColumns,
  sourceFromColumns,
  sourceValue,
  type ActionSource,
} from "./domain";
import { actionSchema, parseSource, planQuerySchema, progressNoteSchema } from "./schema";

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const AREA = "0b7c6a4e-2f1d-4c3b-9a8e-7d6c5b4a3f2e";
const UUID = "01937c2e-8a4b-7c3d-9e1f-2a3b4c5d6e7f";

describe("overdue labels (London days)", () => {
  const open = { dueDate: day("2026-11-20"), status: "in_progress" as const };

  it("says how many days overdue, in words", () => {
    expect(dueLabel(open, new Date("2026-11-23T12:00:00Z"))).toBe("Overdue by 3 days");
    expect(dueLabel(open, new Date("2026-11-21T09:00:00Z"))).toBe("Overdue by 1 day");
    expect(dueLabel(open, new Date("2026-11-20T23:30:00Z"))).toBe("Due today");
    expect(dueLabel(open, new Date("2026-11-19T12:00:00Z"))).toBeNull();
  });

  it("counts the day on a London clock: half past midnight in summer is already the next day, though UTC says otherwise", () => {
    const summer = { dueDate: day("2026-07-01"), status: "not_started" as const };
    expect(dueLabel(summer, new Date("2026-07-01T22:30:00Z"))).toBe("Due today");
    expect(dueLabel(summer, new Date("2026-07-01T23:30:00Z"))).toBe("Overdue by 1 day");
  });

  it("never calls a done or cancelled action overdue", () => {
    const now = new Date("2027-01-10T12:00:00Z");
    expect(dueLabel({ ...open, status: "done" }, now)).toBeNull();
    expect(dueLabel({ ...open, status: "cancelled" }, now)).toBeNull();
    expect(daysOverdue({ ...open, status: "done" }, now)).toBe(0);
    expect(daysOverdue(open, now)).toBe(51);
  });
});

describe("completion", () => {
  const now = new Date("2026-11-25T10:00:00Z");
  it("records when an action becomes done, keeps it while done, and clears it when reopened", () => {
    expect(completedAtAfter({ status: "in_progress", completedAt: null }, "done", now)).toEqual(now);
    const earlier = new Date("2026-11-01T10:00:00Z");
    expect(completedAtAfter({ status: "done", completedAt: earlier }, "done", now)).toEqual(earlier);
    expect(completedAtAfter({ status: "done", completedAt: earlier }, "in_progress", now)).toBeNull();
  });
});

describe("sorting links", () => {
  it("flips the direction of the current column and starts a new column ascending", () => {
    expect(sortLink({ sort: "due", dir: "asc" }, "due")).toEqual({ sort: "due", dir: "desc" });
    expect(sortLink({ sort: "due", dir: "desc" }, "due")).toEqual({ sort: "due", dir: "asc" });
    expect(sortLink({ sort: "due", dir: "desc" }, "rag")).toEqual({ sort: "rag", dir: "asc" });
    expect(ariaSort({ sort: "title", dir: "desc" }, "title")).toBe("descending");
    expect(ariaSort({ sort: "title", dir: "asc" }, "status")).toBe("none");
  });
});

describe("the plan's query string", () => {
  it("reads filters and sort, and falls back to none for anything odd", () => {
    expect(
      planQuerySchema.parse({
        statement: "safeguarding",
        status: "in_progress",
        rag: "red",
        owner: UUID,
        overdue: "yes",
        sort: "rag",
        dir: "desc",
      }),
    ).toEqual({
      statement: "safeguarding",
      status: "in_progress",
      rag: "red",
      owner: UUID,
      overdue: "yes",
      sort: "rag",
      dir: "desc",
    });
    expect(
      planQuerySchema.parse({
        statement: "<script>",
        status: "finished",
        rag: "blue",
        owner: "bob",
        overdue: "1",
        sort: "owner",
        dir: "up",
      }),
    ).toEqual({
      statement: undefined,
      status: undefined,
      rag: undefined,
      owner: undefined,
      overdue: undefined,
      sort: "due",
      dir: "asc",
    });
    expect(planQuerySchema.parse({ status: ["done", "cancelled"] }).status).toBe("done");
  });
});

describe("sources", () => {
  const sources: ActionSource[] = [
    { kind: "improvement", statementKey: "safeguarding", improvementId: AREA },
    { kind: "audit_question", id: UUID },
    { kind: "prep_session", id: UUID },
    { kind: "follow_up", id: UUID },
  ];
  it("round-trips each kind through the form value and the stored columns, one kind at a time", () => {
    for (const source of sources) {
      expect(parseSource(sourceValue(source))).toEqual(source);
      const columns = sourceColumns(source);
      expect(Object.values(columns).filter(Boolean).length).toBe(source.kind === "improvement" ? 2 : 1);
      expect(sourceFromColumns(columns)).toEqual(source);
    }
    expect(parseSource("")).toBeNull();
    expect(parseSource("session:not-an-id")).toBeUndefined();
    expect(parseSource("elsewhere:" + UUID)).toBeUndefined();
  });
});

describe("the action form", () => {
  const base = {
    title: "Cut waiting times for assessments",
    dueDate: "2027-03-31",
    statementKeys: "assessing-needs",
    ownerName: "Alex Chen",
  };

  it("needs an owner: a member, or a name for someone without an account", () => {
    const missing = actionSchema.safeParse({ ...base, ownerName: "" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => issue.path.join("."))).toContain("ownerId");
    expect(actionSchema.parse({ ...base, ownerId: UUID }).ownerName).toBe("");
    expect(actionSchema.parse(base)).toMatchObject({
      ownerId: null,
      ownerName: "Alex Chen",
      status: "not_started",
      rag: "green",
      statementKeys: ["assessing-needs"],
      source: null,
    });
  });

  it("needs at least one quality statement and a real due date", () => {
    const result = actionSchema.safeParse({ ...base, statementKeys: "", dueDate: "31/03/2027" });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["statementKeys", "dueDate"]));
  });

  it("refuses a source it cannot read, on the source field", () => {
    const result = actionSchema.safeParse({ ...base, source: "audit:42" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["source"]);
  });

  it("takes a progress note that leaves status and RAG as they are", () => {
    expect(
      progressNoteSchema.parse({ actionId: UUID, note: "Met the team", status: "", rag: "", completionEvidenceId: "" }),
    ).toEqual({ actionId: UUID, note: "Met the team", status: null, rag: null, completionEvidenceId: null });
    expect(progressNoteSchema.safeParse({ actionId: UUID, note: "  " }).success).toBe(false);
  });
});

describe("an action's title from one of CQC's findings", () => {
  it("is the finding's first sentence, cut at a word within 200 characters", () => {
    expect(titleFromFinding("Carers waited too long. Most were not offered an assessment.")).toBe(
      "Carers waited too long.",
    );
    const long = `${"Reviews of long-term support were not carried out ".repeat(6)}each year.`;
    const title = titleFromFinding(long);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith("…")).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
  });
});
