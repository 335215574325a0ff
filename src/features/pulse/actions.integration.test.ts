import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { idle } from "@/lib/actions/result";
import type { CurrentSession } from "@/lib/auth/session";
import { sessionViewer } from "@/features/preparation/policy";
import { createMember, createWorkspace } from "../../../tests/factories";
import { formData as form, memberSession, redirectOf } from "../../../tests/support/actions";
import { closePulseLinkAction, createPulseLinkAction, submitPulseAction } from "./actions";
import { listPulseThemes } from "./data";
import { PULSE_MESSAGES } from "./domain";
import { createPulseLink } from "./mutations";
import { PULSE_ANSWERS_PER_MINUTE } from "./domain";
import { createPulseLinkSchema } from "./schema";

/**
 * The actions as people use them: the real pipeline and database; only who is signed in and
 * Next's page cache are stood in for. The pulse itself is answered signed out.
 */
const session = vi.hoisted(() => ({ current: null as CurrentSession | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentSession: async () => session.current,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Workspace = Awaited<ReturnType<typeof createWorkspace>>;

function signIn(
  workspace: Workspace,
  member: Awaited<ReturnType<typeof createMember>>,
  role: "team_manager" | "readiness_lead",
) {
  session.current = memberSession(workspace, member, role);
}

async function setting(maxAnswers = "60") {
  const workspace = await createWorkspace();
  const manager = await createMember(workspace.id, "team_manager");
  const prep = await db.prepSession.create({
    data: {
      workspaceId: workspace.id,
      title: "Safeguarding mock interview",
      team: "North locality team",
      format: "mock_interview",
      startsAt: new Date("2026-11-24T10:00:00Z"),
      facilitatorId: manager.userId,
    },
    select: { id: true },
  });
  const link = await createPulseLink(
    workspace.scope,
    { userId: manager.userId },
    sessionViewer(manager.userId, { role: "team_manager", active: true }),
    createPulseLinkSchema.parse({ sessionId: prep.id, moment: "after", maxAnswers }),
  );
  const themes = await listPulseThemes(workspace.scope);
  const answers = (score: string) => Object.fromEntries(themes.map((theme) => [theme.key, score]));
  return { workspace, manager, prep, link, themes, answers };
}

beforeEach(() => {
  session.current = null;
});

describe("answering a pulse, signed out", () => {
  it("saves a complete answer and goes to the thank-you page", async () => {
    const { link, answers } = await setting();
    expect(await redirectOf(submitPulseAction(idle, form({ token: link.token, ...answers("4") })))).toBe(
      `/pulse/${link.token}?answered=1`,
    );
    expect(await db.pulseAnswer.count()).toBe(1);
  });

  it("names each theme left unanswered, keeps the answers given and never echoes the token", async () => {
    const { link, themes, answers } = await setting();
    const rest = answers("3");
    delete rest[themes[0]!.key];
    const result = await submitPulseAction(idle, form({ token: link.token, ...rest }));
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: {
        [themes[0]!.key]:
          `Choose how confident you feel about ${themes[0]!.name.charAt(0).toLowerCase()}${themes[0]!.name.slice(1)}`,
      },
    });
    if (result.status !== "error") throw new Error("expected an error");
    expect(result.values).toEqual(rest);
    expect(JSON.stringify(result)).not.toContain(link.token);
    expect(await db.pulseAnswer.count()).toBe(0);
  });

  it("accepts nothing but the pulse form", async () => {
    const { link, answers } = await setting();
    const extras: Record<string, string>[] = [
      { sessionId: "0196f3a0-0000-7000-8000-000000000001" },
      { "made-up-theme": "4" },
      { moment: "before" },
    ];
    for (const extra of extras) {
      const result = await submitPulseAction(idle, form({ token: link.token, ...answers("4"), ...extra }));
      expect(result).toMatchObject({ status: "error", formError: PULSE_MESSAGES.changed });
    }
    expect(await db.pulseAnswer.count()).toBe(0);
  });

  it("says plainly when the link cannot be used", async () => {
    const { link, answers } = await setting();
    expect(await submitPulseAction(idle, form({ token: "C".repeat(43), ...answers("4") }))).toMatchObject({
      status: "error",
      formError: PULSE_MESSAGES.unknown,
    });
    expect(await submitPulseAction(idle, form({ token: "not a token", ...answers("4") }))).toMatchObject({
      status: "error",
    });
    await db.pulseLink.update({ where: { id: link.id }, data: { closedAt: new Date() } });
    expect(await submitPulseAction(idle, form({ token: link.token, ...answers("4") }))).toMatchObject({
      status: "error",
      formError: PULSE_MESSAGES.closed,
    });
  });

  it(`takes at most ${PULSE_ANSWERS_PER_MINUTE} answers a minute through one link`, async () => {
    const { link, answers } = await setting("200");
    for (let index = 0; index < PULSE_ANSWERS_PER_MINUTE; index++)
      await redirectOf(submitPulseAction(idle, form({ token: link.token, ...answers("5") })));
    expect(await submitPulseAction(idle, form({ token: link.token, ...answers("5") }))).toMatchObject({
      status: "error",
      formError: PULSE_MESSAGES.busy,
    });
    expect(await db.pulseAnswer.count()).toBe(PULSE_ANSWERS_PER_MINUTE);
  });
});

describe("making and closing links, through the actions", () => {
  it("lets the facilitator make and close a link, and refuses another team manager", async () => {
    const { workspace, manager, prep, link } = await setting();
    signIn(workspace, manager, "team_manager");
    expect(
      await redirectOf(
        createPulseLinkAction(idle, form({ sessionId: prep.id, moment: "before", days: "1", maxAnswers: "20" })),
      ),
    ).toBe(`/preparation/sessions/${prep.id}?saved=pulse-link`);
    expect(await redirectOf(closePulseLinkAction(idle, form({ linkId: link.id })))).toBe(
      `/preparation/sessions/${prep.id}?saved=pulse-link-closed`,
    );
    expect(await db.pulseLink.count({ where: { sessionId: prep.id } })).toBe(2);

    const other = await createMember(workspace.id, "team_manager");
    signIn(workspace, other, "team_manager");
    expect(await createPulseLinkAction(idle, form({ sessionId: prep.id, moment: "before" }))).toMatchObject({
      status: "error",
      code: "not_found",
    });
    expect(await db.pulseLink.count({ where: { sessionId: prep.id } })).toBe(2);

    const lead = await createMember(workspace.id, "readiness_lead");
    signIn(workspace, lead, "readiness_lead");
    expect(await redirectOf(createPulseLinkAction(idle, form({ sessionId: prep.id, moment: "before" })))).toBe(
      `/preparation/sessions/${prep.id}?saved=pulse-link`,
    );
  });
});
