import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../../../tests/factories";
import { getAuditAnswersForStatement, getCase, listCases, listCohorts, listAuditQuestions } from "./data";
import {
  addContact,
  closeCaseTracking,
  completeCaseImport,
  createCase,
  recordCaseView,
  saveCaseAudit,
  saveReflectiveLog,
  setConsent,
  setSampleStage,
  setUpCaseTracking,
  signOffReflectiveLog,
  stageCaseImport,
  updateCase,
} from "./mutations";
import { caseAuditSchema, caseQuerySchema, caseSchema, reflectiveLogSchema } from "./schema";

async function setting() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  const manager = await createMember(workspace.id, "team_manager");
  const contributor = await createMember(workspace.id, "contributor");
  await setUpCaseTracking(workspace.scope, { userId: lead.userId });
  const cohorts = await listCohorts(workspace.scope);
  return {
    workspace,
    scope: workspace.scope,
    lead: { userId: lead.userId },
    manager: { userId: manager.userId },
    contributor: { userId: contributor.userId },
    cohorts,
  };
}

const aCase = (cohortId: string, fields: Record<string, string> = {}) =>
  caseSchema.parse({
    reference: "las-1001",
    cohortId,
    team: "Hospital team",
    firstContactDate: "2026-03-01",
    assessmentDate: "2026-03-15",
    ...fields,
  });

describe("case tracking", () => {
  it("sets up once with the standard cohorts and audit questions", async () => {
    const { scope, lead, cohorts } = await setting();
    expect(cohorts.map((cohort) => cohort.name)).toContain("Hospital discharge");
    expect((await listAuditQuestions(scope)).length).toBeGreaterThanOrEqual(9);
    await expect(setUpCaseTracking(scope, lead)).rejects.toMatchObject({ code: "conflict" });
  });

  it("records a case by its reference only once, and refuses a stale edit", async () => {
    const { scope, lead, cohorts } = await setting();
    const { id } = await createCase(scope, lead, aCase(cohorts[0]!.id));
    const saved = await getCase(scope, id);
    expect(saved).toMatchObject({ reference: "LAS-1001", team: "Hospital team", stage: "none" });
    await expect(createCase(scope, lead, aCase(cohorts[1]!.id, { reference: "LAS-1001" }))).rejects.toMatchObject({
      fieldErrors: { reference: expect.stringContaining("already recorded") },
    });
    await updateCase(scope, lead, { ...aCase(cohorts[0]!.id, { team: "Reablement" }), id, expectedVersion: 1 });
    await expect(
      updateCase(scope, lead, { ...aCase(cohorts[0]!.id, { team: "Old" }), id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "stale" });
    expect((await getCase(scope, id))!.team).toBe("Reablement");
  });

  it("imports 500 cases from an extract, reporting bad rows and never doubling a case", async () => {
    const { scope, lead, cohorts } = await setting();
    await createCase(scope, lead, aCase(cohorts[0]!.id, { reference: "LAS-00007" }));
    const rows = Array.from({ length: 500 }, (_, index) => ({
      "Case reference": `LAS-${String(index + 1).padStart(5, "0")}`,
      Cohort: cohorts[index % cohorts.length]!.name,
      Team: index % 2 ? "North" : "South",
      "First contact": "02/03/2026",
      Assessment: "16/03/2026",
    }));
    rows[10] = { ...rows[10]!, Cohort: "Unknown cohort" };
    rows[20] = { ...rows[20]!, "Case reference": "Mary Jones" };
    rows[30] = { ...rows[30]!, "Case reference": "LAS-00001" };
    const staged = await stageCaseImport(scope, lead, { fileName: "extract.csv", rows });
    // Staged rows hold personal data: who uploaded them is on record (the count, never the rows).
    expect(
      await db.auditEvent.findFirst({
        where: { action: "case.import_staged", entityId: staged.id },
        select: { actorUserId: true, metadata: true },
      }),
    ).toEqual({
      actorUserId: lead.userId,
      metadata: { rows: 500 },
    });
    await expect(completeCaseImport(scope, lead, { importId: staged.id, dropInvalid: false })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await db.trackedCase.count()).toBe(1);

    const result = await completeCaseImport(scope, lead, { importId: staged.id, dropInvalid: true });
    expect(result).toEqual({ imported: 496, dropped: 3, skipped: 1 });
    expect(await db.trackedCase.count()).toBe(497);
    // The staged copy of the extract is emptied once imported.
    expect((await db.caseImport.findUniqueOrThrow({ where: { id: staged.id }, select: { rows: true } })).rows).toEqual(
      [],
    );
    await expect(completeCaseImport(scope, lead, { importId: staged.id, dropInvalid: true })).rejects.toMatchObject({
      code: "conflict",
    });

    const page = await listCases(scope, caseQuerySchema.parse({ cohort: cohorts[0]!.id, team: "North" }));
    expect(page.total).toBeGreaterThan(0);
    expect(page.cases.every((item) => item.team === "North" && item.cohort === cohorts[0]!.name)).toBe(true);
  });

  it("builds the sample; consent and contacts only for engaged cases", async () => {
    const { scope, lead, cohorts } = await setting();
    const first = await createCase(scope, lead, aCase(cohorts[0]!.id, { reference: "LAS-1" }));
    const second = await createCase(scope, lead, aCase(cohorts[1]!.id, { reference: "LAS-2" }));
    await setSampleStage(scope, lead, { caseIds: [first.id, second.id], stage: "long_list" });
    await expect(setConsent(scope, lead, { caseId: first.id, consent: "yes" })).rejects.toMatchObject({
      code: "conflict",
    });
    await setSampleStage(scope, lead, { caseIds: [first.id], stage: "engaged" });
    await setConsent(scope, lead, { caseId: first.id, consent: "yes" });
    await addContact(scope, lead, {
      caseId: first.id,
      contactedOn: "2026-11-20",
      method: "Phone",
      note: "Happy to talk to CQC in December",
    });
    const engaged = await getCase(scope, first.id);
    expect(engaged).toMatchObject({ stage: "engaged", consentToContact: true, contacts: [{ method: "Phone" }] });

    const other = await createWorkspace("Another Council");
    await expect(setSampleStage(other.scope, lead, { caseIds: [second.id], stage: "selected" })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await getCase(other.scope, first.id)).toBeNull();
  });

  it("audits a case: every question answered; results count per statement", async () => {
    const { scope, manager, lead, cohorts } = await setting();
    const { id } = await createCase(scope, lead, aCase(cohorts[0]!.id));
    const questions = await listAuditQuestions(scope);
    const form = (skip = 0) =>
      caseAuditSchema.parse(
        Object.fromEntries([
          ["caseId", id],
          ...questions
            .slice(skip)
            .map((question) => [
              `answer.${question.id}`,
              question.statementKey === "assessing-needs" ? "yes" : "not_applicable",
            ]),
        ]),
      );
    await expect(saveCaseAudit(scope, manager, form(1))).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { [`answer.${questions[0]!.id}`]: expect.any(String) },
    });
    expect(await db.caseAudit.count()).toBe(0);
    await saveCaseAudit(scope, manager, form());
    const { questions: asked, answers } = await getAuditAnswersForStatement(scope, "assessing-needs");
    expect(asked.length).toBe(3);
    expect(answers.filter((answer) => answer.answer === "yes")).toHaveLength(3);
  });

  it("takes a reflective log from draft to sign-off by a team manager who did not write it", async () => {
    const { scope, lead, contributor, manager, cohorts } = await setting();
    const { id } = await createCase(scope, lead, aCase(cohorts[0]!.id));
    const text = {
      journey: "Referred from hospital",
      wentWell: "Quick start",
      couldBeBetter: "Handover notes",
      personVoice: "I felt listened to",
      outcomes: "Home with support",
    };
    // Sending for sign-off needs every part written.
    expect(reflectiveLogSchema.safeParse({ caseId: id, expectedVersion: 0, intent: "submit" }).success).toBe(false);
    await saveReflectiveLog(
      scope,
      contributor,
      reflectiveLogSchema.parse({ caseId: id, expectedVersion: 0, journey: "Draft" }),
    );
    await expect(
      saveReflectiveLog(scope, contributor, reflectiveLogSchema.parse({ caseId: id, expectedVersion: 0, ...text })),
    ).rejects.toMatchObject({ code: "stale" });
    await saveReflectiveLog(
      scope,
      contributor,
      reflectiveLogSchema.parse({ caseId: id, expectedVersion: 1, ...text, intent: "submit" }),
    );
    await expect(
      saveReflectiveLog(scope, contributor, reflectiveLogSchema.parse({ caseId: id, expectedVersion: 2, ...text })),
    ).rejects.toMatchObject({ code: "conflict" });
    await signOffReflectiveLog(scope, manager, { caseId: id, decision: "sign_off" });
    expect((await getCase(scope, id))!.reflectiveLog).toMatchObject({
      status: "signed_off",
      signedOffById: manager.userId,
      personVoice: "I felt listened to",
    });

    // A manager never signs off their own log.
    const second = await createCase(scope, lead, aCase(cohorts[0]!.id, { reference: "LAS-2" }));
    await saveReflectiveLog(
      scope,
      manager,
      reflectiveLogSchema.parse({ caseId: second.id, expectedVersion: 0, ...text, intent: "submit" }),
    );
    await expect(
      signOffReflectiveLog(scope, manager, { caseId: second.id, decision: "sign_off" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("records who looked at which case, without the case's details", async () => {
    const { scope, lead, manager, cohorts } = await setting();
    const { id } = await createCase(scope, lead, aCase(cohorts[0]!.id));
    await recordCaseView(scope, manager, id, "case");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "case.viewed" },
      select: { actorUserId: true, entityId: true, metadata: true },
    });
    expect(event).toEqual({ actorUserId: manager.userId, entityId: id, metadata: { page: "case" } });
    const trail = JSON.stringify(await db.auditEvent.findMany({ select: { metadata: true } }));
    expect(trail).not.toContain("LAS-1001");
    expect(trail).not.toContain("Hospital team");
  });

  it("anonymises every case in one step, keeping the numbers", async () => {
    const { scope, lead, manager, cohorts } = await setting();
    const { id } = await createCase(
      scope,
      lead,
      aCase(cohorts[0]!.id, { practitioner: "Sam Rivers", ethnicity: "White", firstContactDate: "2026-03-07" }),
    );
    await setSampleStage(scope, lead, { caseIds: [id], stage: "engaged" });
    await addContact(scope, lead, {
      caseId: id,
      contactedOn: "2026-11-20",
      method: "Phone",
      note: "Spoke to daughter",
    });
    const questions = await listAuditQuestions(scope);
    await saveCaseAudit(
      scope,
      manager,
      caseAuditSchema.parse(
        Object.fromEntries([
          ["caseId", id],
          ...questions.flatMap((question) => [
            [`answer.${question.id}`, "yes"],
            [`note.${question.id}`, "See record"],
          ]),
        ]),
      ),
    );

    expect(await closeCaseTracking(scope, lead, { mode: "anonymise" })).toEqual({ cases: 1 });
    const kept = await db.trackedCase.findUniqueOrThrow({
      where: { id },
      select: {
        reference: true,
        practitioner: true,
        ethnicity: true,
        team: true,
        cohortId: true,
        firstContactDate: true,
        anonymisedAt: true,
      },
    });
    expect(kept).toMatchObject({
      reference: null,
      practitioner: "",
      ethnicity: null,
      team: "Hospital team",
      cohortId: cohorts[0]!.id,
    });
    expect(kept.firstContactDate!.toISOString().slice(0, 10)).toBe("2026-03-01");
    expect(kept.anonymisedAt).not.toBeNull();
    expect(await db.caseContact.count()).toBe(0);
    expect(await db.caseAuditAnswer.count({ where: { note: { not: "" } } })).toBe(0);
    expect((await getAuditAnswersForStatement(scope, "assessing-needs")).answers).toHaveLength(3);
    expect(await db.auditEvent.count({ where: { action: "case_tracking.anonymised" } })).toBe(1);

    await closeCaseTracking(scope, lead, { mode: "delete" });
    expect(await db.trackedCase.count()).toBe(0);
  });
});
