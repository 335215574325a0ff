import { describe, expect, it } from "vitest";
import { actionFamily, auditQueryParams, isActionFamily, parseAuditQuery } from "./schema";

const ACTOR = "0192f1a4-7c3e-7000-8000-000000000001";

describe("audit trail filters from the query string", () => {
  it("reads every filter as given", () => {
    expect(
      parseAuditQuery({
        action: "case.",
        entityType: "case",
        actor: ACTOR,
        from: "2026-07-01",
        to: "2026-07-31",
        page: "3",
      }),
    ).toEqual({
      action: "case.",
      entityType: "case",
      actor: ACTOR,
      from: "2026-07-01",
      to: "2026-07-31",
      page: 3,
    });
  });

  it("accepts one action or a family of actions, and tells them apart", () => {
    expect(parseAuditQuery({ action: "case.sample_exported" }).action).toBe("case.sample_exported");
    expect(parseAuditQuery({ action: "case_tracking." }).action).toBe("case_tracking.");
    expect(isActionFamily("case.")).toBe(true);
    expect(isActionFamily("case.viewed")).toBe(false);
    expect(actionFamily("case.reflective_log_saved")).toBe("case.");
  });

  it("drops anything odd to no filter rather than failing the page", () => {
    expect(
      parseAuditQuery({
        action: "case",
        entityType: "'; drop table",
        actor: "someone",
        from: "2026-02-30",
        to: "yesterday",
        page: "-2",
      }),
    ).toEqual({ page: 1 });
    expect(parseAuditQuery({ action: ".viewed" }).action).toBeUndefined();
    expect(parseAuditQuery({ action: "x".repeat(101) + "." }).action).toBeUndefined();
    expect(parseAuditQuery({ page: "1e9" }).page).toBe(1);
  });

  it("takes the first of repeated values and treats blanks as no filter", () => {
    expect(parseAuditQuery({ action: ["member.", "case."], actor: "", from: "" })).toEqual({
      action: "member.",
      page: 1,
    });
    expect(parseAuditQuery(new URLSearchParams("action=auth.&action=case.&to=2026-03-29"))).toEqual({
      action: "auth.",
      to: "2026-03-29",
      page: 1,
    });
  });

  it("reads dates given the wrong way round as the same range", () => {
    expect(parseAuditQuery({ from: "2026-08-10", to: "2026-08-01" })).toMatchObject({
      from: "2026-08-01",
      to: "2026-08-10",
    });
  });

  it("keeps the filters but not the page for links", () => {
    expect(auditQueryParams(parseAuditQuery({ action: "auth.", page: "4" }))).toEqual({
      action: "auth.",
      entityType: undefined,
      actor: undefined,
      from: undefined,
      to: undefined,
    });
  });
});
