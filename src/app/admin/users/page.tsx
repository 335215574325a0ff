import type { Metadata } from "next";
import Link from "next/link";
import { loadMembersPage } from "@/features/users/loaders";
import { InviteMemberForm } from "@/features/users/components/invite-member-form";
import { MembersTable } from "@/features/users/components/members-table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { members, currentUserId } = await loadMembersPage();
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold">Users</h1>
      <p className="mb-6">
        <Link href="/admin/audit">See the audit trail</Link> of sign-ins, changes and exports in this workspace.
      </p>
      <MembersTable members={members} currentUserId={currentUserId} />
      <h2 className="mb-4 mt-12 text-2xl font-bold">Invite a user</h2>
      <InviteMemberForm />
    </>
  );
}
