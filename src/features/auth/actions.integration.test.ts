import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { idle, type ActionResult } from "@/lib/actions/result";
import { inviteMember } from "@/features/users/mutations";
import { createMember, createWorkspace, TEST_PASSWORD } from "../../../tests/factories";
import { formData, redirectOf } from "../../../tests/support/actions";
import { acceptInvitationAction, setupAction, signInAction } from "./actions";

/**
 * Getting in, through the real action pipeline and database: where sign-in sends people
 * afterwards. Outside a request Next has no cookie jar or headers; these stand in for them.
 */
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
}));

async function signInThenGo(next: string) {
  const workspace = await createWorkspace();
  const member = await createMember(workspace.id, "director");
  return redirectOf(signInAction(idle, formData({ email: member.email, password: TEST_PASSWORD, next })));
}

describe("after a correct sign-in", () => {
  it("goes to the page asked for, on this site", async () => {
    expect(await signInThenGo("/evidence?statement=safeguarding#list")).toBe("/evidence?statement=safeguarding#list");
  });

  // Browsers drop tabs and newlines from an address and read a backslash as a slash, so each of
  // these would leave the site if passed on as it was.
  it.each([
    "/\t/evil.example/x",
    "/\n/evil.example/x",
    "/\r\n/evil.example",
    "/\\evil.example",
    "/\t\\evil.example",
    "//evil.example",
    "https://evil.example/",
    " /\t/evil.example",
    "\t//evil.example",
  ])("never goes to another site (next=%j)", async (next) => {
    const location = await signInThenGo(next);
    expect(new URL(location, "https://readiness.example").origin).toBe("https://readiness.example");
    expect(location).toMatch(/^\/(?![/\\])/);
  });

  it("sends no control character on to the Location header (a newline there is a server error)", async () => {
    const location = await signInThenGo("/evidence\nSet-Cookie: x=1");
    expect(location).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(location.startsWith("/evidence")).toBe(true);
  });
});

// NCSC: refuse the passwords attackers try first (common, breached, patterns), not complexity rules.
const GUESSABLE = ["aaaaaaaaaaaa", "123456789012", "Password1234", "qwertyuiop12", "passwordpassword"];
const HARDER = /^Choose a password that is harder to guess: /;

const setupForm = (password: string) =>
  formData({
    councilName: "Eastvale Borough Council",
    name: "Sam Patel",
    email: "sam@eastvale.example",
    password,
    confirmPassword: password,
  });

function refusal(result: ActionResult) {
  if (result.status !== "error") throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result.fieldErrors.password ?? "";
}

describe("setting a password", () => {
  it.each(GUESSABLE)("refuses %j at first-run setup, saying what to do, and sets nothing up", async (password) => {
    const result = await setupAction(idle, setupForm(password));
    expect(refusal(result)).toMatch(HARDER);
    expect(await db.installation.count()).toBe(0);
    expect(await db.user.count({ where: { email: "sam@eastvale.example" } })).toBe(0);
  });

  it.each(GUESSABLE)("refuses %j when accepting an invitation, and leaves it unused", async (password) => {
    const workspace = await createWorkspace();
    const admin = await createMember(workspace.id, "administrator");
    const { token, userId } = await inviteMember(
      workspace.scope,
      { userId: admin.userId },
      {
        name: "Robin Shah",
        email: `robin.${Math.random().toString(36).slice(2)}@eastvale.example`,
        role: "contributor",
      },
    );
    const result = await acceptInvitationAction(
      idle,
      formData({ token, name: "Robin Shah", password, confirmPassword: password }),
    );
    expect(refusal(result)).toMatch(HARDER);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    expect(user.passwordHash).toBeNull();
  });

  it("accepts a passphrase of random words", async () => {
    const password = "marble kettle orchard 1971";
    const location = await redirectOf(setupAction(idle, setupForm(password)));
    expect(location).toBe("/?welcome=1");
  });
});
