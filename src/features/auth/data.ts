import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** An invitation that can still be accepted, with what the acceptance page needs to show. */
export async function findOpenInvitation(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      acceptedAt: true,
      workspace: { select: { name: true } },
      membership: {
        select: { status: true, role: true, user: { select: { email: true, name: true, passwordHash: true } } },
      },
    },
  });
  if (
    !invitation ||
    invitation.acceptedAt ||
    invitation.expiresAt < new Date() ||
    invitation.membership.status !== "invited"
  ) {
    return null;
  }
  return {
    workspaceName: invitation.workspace.name,
    email: invitation.membership.user.email,
    name: invitation.membership.user.name,
    role: invitation.membership.role,
    hasAccount: invitation.membership.user.passwordHash !== null,
  };
}
