import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, createWorkspace } from "../../../tests/factories";
import {
  getVisitSession,
  listFollowUpRequests,
  listParticipants,
  listSessionsOnDay,
  listVisitSessions,
  readStagedVisitImport,
} from "./data";
import { findClashes } from "./domain";
import {
  addFollowUpRequest,
  addSessionParticipants,
  completeVisitImport,
  markBriefed,
  removeVisitSession,
  removeSessionParticipant,
  saveDebrief,
  setSessionEvidence,
  settleFollowUpRequest,
  stageVisitImport,
  createVisitSession,
  updateVisitSession,
} from "./mutations";
import { addSessionParticipantsSchema, visitSessionSchema } from "./schema";
import { buildRunSheetPdf } from "./documents/run-sheet-pdf";
import { buildBriefingDocx } from "./documents/briefing-docx";

// Staged imports are kept in file storage: a folder of this test run's own.
process.env.STORAGE_DIR ??= mkdtempSync(path.join(tmpdir(), "visit-test-"));

async function setting() {
  const workspace = await createWorkspace();
  const lead = await createMember(workspace.id, "readiness_lead");
  return { workspace, scope: workspace.scope, lead: { userId: lead.userId } };
}

const aSession = (fields: Record<string, unknown> = {}) =>
  visitSessionSchema.parse({
    title: "Safeguarding interview",
    kind: "interview",
    day: "2026-03-03",
    startTime: "10:00",
    endTime: "11:00",
    place: "Room 1",
    statementKeys: [],
    ...fields,
  });
/** The sessions here are on 3 March 2026: the schedule is read as it stood before then. */
const BEFORE_THE_VISIT = new Date("2026-01-01T00:00:00Z");

async function evidenceIn(workspaceId: string, userId: string, title: string) {
  const statement = await db.qualityStatement.findFirstOrThrow({
    where: { frameworkVersion: { workspaces: { some: { id: workspaceId } } } },
    orderBy: { number: "asc" },
    select: { id: true, key: true },
  });
  const item = await db.evidenceItem.create({
    data: {
      workspaceId,
      title,
      description: "What carers told us",
      kind: "document",
      categories: ["feedback"],
      createdById: userId,
    },
    select: { id: true },
  });
  await db.evidenceItemStatement.create({ data: { itemId: item.id, qualityStatementId: statement.id } });
  return { id: item.id, statementKey: statement.key };
}

const audited = (entityId: string) =>
  db.auditEvent.findMany({ where: { entityId }, select: { action: true, entityType: true } });

describe("the on-site visit", () => {
  it("stores London times, refuses an end before the start and a stale edit", async () => {
    const { scope, lead } = await setting();
    expect(visitSessionSchema.safeParse({ ...aSession(), endTime: "09:00" }).success).toBe(false);
    const { id } = await createVisitSession(
      scope,
      lead,
      aSession({ day: "2026-07-01", startTime: "09:30", endTime: "10:30" }),
    );
    expect((await getVisitSession(scope, id))!.startsAt.toISOString()).toBe("2026-07-01T08:30:00.000Z");
    await updateVisitSession(scope, lead, { ...aSession({ title: "Renamed" }), id, expectedVersion: 1 });
    await expect(
      updateVisitSession(scope, lead, { ...aSession({ title: "Old tab" }), id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "stale" });
    expect((await getVisitSession(scope, id))!.title).toBe("Renamed");
    expect(await audited(id)).toEqual(
      expect.arrayContaining([
        { action: "visit.session_created", entityType: "visit_session" },
        { action: "visit.session_updated", entityType: "visit_session" },
      ]),
    );
  });

  it("adds people to sessions once, briefs them, and reports a double booking until it is resolved", async () => {
    const { scope, lead } = await setting();
    const first = await createVisitSession(
      scope,
      lead,
      aSession({ title: "Carers focus group", startTime: "09:30", endTime: "11:00", place: "Room 2" }),
    );
    const second = await createVisitSession(scope, lead, aSession({ place: "room 2" }));
    await addSessionParticipants(
      scope,
      lead,
      addSessionParticipantsSchema.parse({ sessionId: first.id, name: "Asha Patel", jobTitle: "Team manager" }),
    );
    const [asha] = await listParticipants(scope);
    await addSessionParticipants(
      scope,
      lead,
      addSessionParticipantsSchema.parse({
        sessionId: second.id,
        participantIds: [asha!.id],
        name: "asha patel",
        jobTitle: "team manager",
      }),
    );
    expect(await listParticipants(scope)).toEqual([
      expect.objectContaining({ name: "Asha Patel", sessions: 2, group: "staff" }),
    ]);

    let clashes = findClashes(await listVisitSessions(scope), BEFORE_THE_VISIT);
    expect(clashes.map((clash) => clash.message)).toEqual([
      "Asha Patel (Team manager) is in 'Carers focus group' and 'Safeguarding interview' at 10:00 on 3 March",
      "Room 2 is booked for 'Carers focus group' and 'Safeguarding interview' at 10:00 on 3 March",
      "Asha Patel (Team manager) has not been briefed for 'Carers focus group' at 09:30 on 3 March",
      "Asha Patel (Team manager) has not been briefed for 'Safeguarding interview' at 10:00 on 3 March",
    ]);
    await markBriefed(scope, lead, { sessionId: first.id, participantId: asha!.id });
    await removeSessionParticipant(scope, lead, { sessionId: second.id, participantId: asha!.id });
    clashes = findClashes(await listVisitSessions(scope), BEFORE_THE_VISIT);
    expect(clashes.map((clash) => clash.kind)).toEqual(["place"]);
    await expect(markBriefed(scope, lead, { sessionId: second.id, participantId: asha!.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("imports 40 sessions and their people from a schedule, reporting problems and a double booking", async () => {
    const { scope, lead } = await setting();
    const statement = await db.qualityStatement.findFirstOrThrow({
      where: { frameworkVersion: { workspaces: { some: { id: scope.workspaceId } } } },
      select: { name: true, key: true },
    });
    const rows = Array.from({ length: 41 }, (_, index) => {
      const day = `0${3 + Math.floor(index / 14)}/03/2026`;
      const hour = 9 + (index % 14) / 2;
      const time = (h: number) => `${String(Math.floor(h)).padStart(2, "0")}:${h % 1 ? "30" : "00"}`;
      return {
        Date: day,
        Start: time(hour),
        End: time(hour + 0.5),
        Title: `Session ${index + 1}`,
        Kind: index % 3 ? "Interview" : "Focus group",
        Place: `Room ${index % 4}`,
        "Quality statements": statement.name,
        Participants: `Person ${index} (Social worker); Person ${index + 100} (Councillor, elected member)`,
      };
    });
    // Session 2 shares Person 0 with session 1, half an hour apart but overlapping.
    rows[1] = { ...rows[1]!, Start: "09:15", Participants: "Person 0 (Social worker)" };
    rows[40] = { ...rows[40]!, Date: "31/02/2026" };
    const staged = await stageVisitImport(scope, lead, { fileName: "schedule.csv", rows });
    await expect(completeVisitImport(scope, lead, { importId: staged.id, dropInvalid: false })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await db.visitSession.count()).toBe(0);

    const result = await completeVisitImport(scope, lead, { importId: staged.id, dropInvalid: true });
    expect(result).toMatchObject({ imported: 40, dropped: 1, skipped: 0 });
    expect(await db.visitSession.count({ where: { workspaceId: scope.workspaceId } })).toBe(40);
    expect(await db.visitParticipant.count({ where: { workspaceId: scope.workspaceId } })).toBe(78);
    expect(
      await db.visitParticipant.findFirst({ where: { name: "Person 100" }, select: { group: true, jobTitle: true } }),
    ).toEqual({ group: "elected_member", jobTitle: "Councillor" });
    const sessions = await listVisitSessions(scope);
    expect(sessions[0]).toMatchObject({ title: "Session 1", statementKeys: [statement.key], kind: "focus_group" });
    const doubles = findClashes(sessions, BEFORE_THE_VISIT).filter((clash) => clash.kind === "participant");
    expect(doubles.map((clash) => clash.message)).toEqual([
      "Person 0 (Social worker) is in 'Session 1' and 'Session 2' at 09:15 on 3 March",
    ]);
    // Imported once: the staged copy is gone, and a second confirmation is refused.
    expect(await readStagedVisitImport(scope, staged.id)).toBeNull();
    await expect(completeVisitImport(scope, lead, { importId: staged.id, dropInvalid: true })).rejects.toMatchObject({
      code: "not_found",
    });
    // The same file again leaves every session as it is.
    const again = await stageVisitImport(scope, lead, { fileName: "schedule.csv", rows });
    expect(await completeVisitImport(scope, lead, { importId: again.id, dropInvalid: true })).toMatchObject({
      imported: 0,
      skipped: 40,
    });
  });

  it("records a debrief and follows a CQC request from open to sent, once", async () => {
    const { scope, lead } = await setting();
    const { id } = await createVisitSession(scope, lead, aSession());
    await saveDebrief(scope, lead, { sessionId: id, debrief: "CQC asked about waiting lists" });
    expect(await getVisitSession(scope, id)).toMatchObject({
      debrief: "CQC asked about waiting lists",
      debriefedAt: expect.any(Date),
    });
    const request = await addFollowUpRequest(scope, lead, {
      sessionId: id,
      request: "Waiting list data for Q3",
      owner: "Performance team",
      dueDate: "2026-03-05",
    });
    expect((await getVisitSession(scope, id))!.requests).toEqual([
      expect.objectContaining({ request: "Waiting list data for Q3", status: "open" }),
    ]);
    await settleFollowUpRequest(scope, lead, {
      requestId: request.id,
      status: "sent",
      response: "Sent by e-mail to the lead inspector",
    });
    await expect(
      settleFollowUpRequest(scope, lead, { requestId: request.id, status: "withdrawn", response: "" }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await listFollowUpRequests(scope)).toEqual([
      expect.objectContaining({
        status: "sent",
        response: "Sent by e-mail to the lead inspector",
        sentAt: expect.any(Date),
        session: { id, title: "Safeguarding interview" },
      }),
    ]);
    expect((await audited(request.id)).map((event) => event.action)).toEqual([
      "visit.follow_up_requested",
      "visit.follow_up_sent",
    ]);
  });

  it("removes a session with its people and evidence, but keeps one with a debrief or CQC's requests", async () => {
    const { scope, lead } = await setting();
    const wrong = await createVisitSession(scope, lead, aSession({ title: "Imported twice by mistake" }));
    await addSessionParticipants(
      scope,
      lead,
      addSessionParticipantsSchema.parse({ sessionId: wrong.id, name: "Asha Patel", jobTitle: "Team manager" }),
    );
    const evidence = await evidenceIn(scope.workspaceId, lead.userId, "Safeguarding audit");
    await setSessionEvidence(scope, lead, { sessionId: wrong.id, evidenceItemIds: [evidence.id] });
    await removeVisitSession(scope, lead, { sessionId: wrong.id });
    expect(await getVisitSession(scope, wrong.id)).toBeNull();
    // The person stays on the list for other sessions; the evidence stays in the library.
    expect(await listParticipants(scope)).toEqual([expect.objectContaining({ name: "Asha Patel", sessions: 0 })]);
    expect(await db.evidenceItem.count({ where: { id: evidence.id } })).toBe(1);
    expect((await audited(wrong.id)).map((event) => event.action)).toContain("visit.session_removed");

    const debriefed = await createVisitSession(scope, lead, aSession());
    await saveDebrief(scope, lead, { sessionId: debriefed.id, debrief: "CQC asked about waiting lists" });
    const followedUp = await createVisitSession(scope, lead, aSession({ title: "Carers focus group" }));
    await addFollowUpRequest(scope, lead, {
      sessionId: followedUp.id,
      request: "Carers' survey results",
      owner: "",
      dueDate: "2026-03-05",
    });
    for (const kept of [debriefed, followedUp]) {
      await expect(removeVisitSession(scope, lead, { sessionId: kept.id })).rejects.toMatchObject({ code: "conflict" });
      expect(await getVisitSession(scope, kept.id)).not.toBeNull();
    }
    const other = await setting();
    await expect(removeVisitSession(other.scope, other.lead, { sessionId: debriefed.id })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuses another council's session, participant and evidence", async () => {
    const mine = await setting();
    const theirs = await setting();
    const their = await createVisitSession(theirs.scope, theirs.lead, aSession());
    await addSessionParticipants(
      theirs.scope,
      theirs.lead,
      addSessionParticipantsSchema.parse({ sessionId: their.id, name: "Their person" }),
    );
    const [theirPerson] = await listParticipants(theirs.scope);
    const theirEvidence = await evidenceIn(theirs.workspace.id, theirs.lead.userId, "Their evidence");
    const own = await createVisitSession(mine.scope, mine.lead, aSession());

    expect(await getVisitSession(mine.scope, their.id)).toBeNull();
    await expect(
      updateVisitSession(mine.scope, mine.lead, { ...aSession(), id: their.id, expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(saveDebrief(mine.scope, mine.lead, { sessionId: their.id, debrief: "x" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      addSessionParticipants(
        mine.scope,
        mine.lead,
        addSessionParticipantsSchema.parse({ sessionId: own.id, participantIds: [theirPerson!.id] }),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      markBriefed(mine.scope, mine.lead, { sessionId: their.id, participantId: theirPerson!.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      setSessionEvidence(mine.scope, mine.lead, { sessionId: own.id, evidenceItemIds: [theirEvidence.id] }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      addFollowUpRequest(mine.scope, mine.lead, {
        sessionId: their.id,
        request: "x",
        owner: "",
        dueDate: "2026-03-05",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    const staged = await stageVisitImport(theirs.scope, theirs.lead, { fileName: "s.csv", rows: [] });
    expect(await readStagedVisitImport(mine.scope, staged.id)).toBeNull();
    expect((await getVisitSession(theirs.scope, their.id))!.participants).toHaveLength(1);
  });

  it("prints a day's run sheet and a session's briefing pack with its evidence", async () => {
    const { workspace, scope, lead } = await setting();
    const evidence = await evidenceIn(workspace.id, lead.userId, "Carers survey 2025");
    const { id } = await createVisitSession(scope, lead, aSession({ statementKeys: [evidence.statementKey] }));
    await createVisitSession(
      scope,
      lead,
      aSession({ title: "Carers focus group", startTime: "13:00", endTime: "14:00" }),
    );
    await createVisitSession(scope, lead, aSession({ title: "Next day's walkabout", day: "2026-03-04" }));
    await setSessionEvidence(scope, lead, { sessionId: id, evidenceItemIds: [evidence.id] });

    const sessions = await listSessionsOnDay(scope, "2026-03-03");
    const chunks: Buffer[] = [];
    for await (const chunk of buildRunSheetPdf(
      { councilName: workspace.name, day: "2026-03-03", sessions },
      { compress: false },
    ))
      chunks.push(chunk as Buffer);
    const pdfBytes = Buffer.concat(chunks);
    expect(pdfBytes.subarray(0, 4).toString()).toBe("%PDF");
    const pdf = await getDocument({ data: new Uint8Array(pdfBytes), useSystemFonts: false, isEvalSupported: false })
      .promise;
    const page = await (await pdf.getPage(1)).getTextContent();
    const text = page.items.map((item) => ("str" in item ? item.str : "")).join(" ");
    await pdf.destroy();
    expect(text).toContain("Safeguarding interview");
    expect(text).toContain("Carers focus group");
    expect(text).not.toContain("walkabout");

    const item = (await getVisitSession(scope, id))!;
    const docx = await buildBriefingDocx({
      councilName: workspace.name,
      appUrl: "https://prepare.example",
      session: item,
      participants: item.participants,
      statements: [{ number: 1, name: "Statement", theme: "Theme", weStatement: "We work with people" }],
      evidence: [
        {
          id: evidence.id,
          title: "Carers survey 2025",
          description: "What carers told us",
          categories: ["Feedback from people"],
        },
      ],
    });
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toContain("Carers survey 2025");
    expect(xml).toContain("We work with people");
    const rels = await (await JSZip.loadAsync(docx)).file("word/_rels/document.xml.rels")!.async("string");
    expect(rels).toContain(`https://prepare.example/evidence/${evidence.id}`);
  });
});
