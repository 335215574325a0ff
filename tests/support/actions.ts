import type { Role } from "@/lib/authz/permissions";
import type { CurrentSession } from "@/lib/auth/session";
import type { createMember, createWorkspace } from "../factories";

/**
 * For tests that call server actions through the real pipeline: the session a signed-in member
 * would have, a form as a browser sends it, and where an action that ends in redirect() sends them.
 * Each test file still mocks `getCurrentSession` itself (vi.mock is hoisted per file).
 */
type Workspace = Awaited<ReturnType<typeof createWorkspace>>;
type Member = Awaited<ReturnType<typeof createMember>>;

export function memberSession(workspace: Workspace, member: Member, role: Role): CurrentSession {
  return {
    sessionId: "00000000-0000-7000-8000-000000000002",
    user: { id: member.userId, email: member.email, name: `Test ${role}` },
    memberships: [{ id: member.membershipId, role, workspaceId: workspace.id, workspaceName: workspace.name }],
    member: {
      membershipId: member.membershipId,
      role,
      workspaceId: workspace.id,
      workspaceName: workspace.name,
      active: true,
      scope: workspace.scope,
    },
  };
}

/** A repeated field (a checkbox group) is given as an array, one value per entry. */
export function formData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

/** Runs an action that should end in a redirect, and gives back where to. */
export async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    (result) => {
      throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
    },
    (thrown: unknown) => thrown as { digest?: string },
  );
  return String(error.digest).split(";")[2] ?? "";
}
