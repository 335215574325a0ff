import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { listMembers } from "./data";

export async function loadMembersPage() {
  const session = await requirePermission("member:read");
  return { currentUserId: session.user.id, members: await listMembers(session.member.scope) };
}
