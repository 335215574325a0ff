import { describe, expect, it, vi } from "vitest";
import { idle } from "@/lib/actions/result";
import { createMember, createWorkspace, TEST_PASSWORD } from "../../../tests/factories";
import { formData, redirectOf } from "../../../tests/support/actions";
import { signInAction } from "./actions";

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
