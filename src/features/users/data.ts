import { db } from "@/lib/db/client";
import type { WorkspaceScope } from "@/lib/authz/scope";
import type { Role } from "@/lib/authz/permissions";

export type MemberRow = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  status: "invited" | "active" | "deactivated";
  lastSignInAt: Date | null;
  invitationExpiresAt: Date | null;
};

/** Everyone in the workspace, for the administrator's list. One query. */
export async function listMembers(scope: WorkspaceScope): Promise<MemberRow[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId: scope.workspaceId },
    orderBy: [{ status: "asc" }, { user: { name: "asc" } }],
    select: {
      id: true,
      role: true,
      status: true,
      user: { select: { id: true, name: true, email: true, lastSignInAt: true } },
      invitations: {
        where: { acceptedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { expiresAt: true },
      },
    },
  });
  return rows.map((row) => ({
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    status: row.status,
    lastSignInAt: row.user.lastSignInAt,
    invitationExpiresAt: row.invitations[0]?.expiresAt ?? null,
  }));
}
