import { Table } from "@/components/data/table";
import { Tag } from "@/components/data/tag";
import { formatDate } from "@/components/format/date";
import { ROLE_LABELS, ROLES } from "@/lib/authz/permissions";
import type { MemberRow } from "../data";
import { changeRoleAction, deactivateMemberAction, reactivateMemberAction, renewInvitationAction } from "../actions";
import { MemberActionForm } from "./member-action-form";

const STATUS = {
  active: { label: "Active", tone: "green" },
  invited: { label: "Invited", tone: "blue" },
  deactivated: { label: "Access removed", tone: "grey" },
} as const;

export function MembersTable({ members, currentUserId }: { members: MemberRow[]; currentUserId: string }) {
  return (
    <Table
      caption={`${members.length} ${members.length === 1 ? "person" : "people"} in this workspace`}
      rows={members}
      rowKey={(member) => member.membershipId}
      columns={[
        {
          header: "Name",
          rowHeader: true,
          className: "font-normal",
          cell: (member) => (
            <>
              <span className="font-bold">{member.name}</span>
              <br />
              <span className="break-all text-base">{member.email}</span>
            </>
          ),
        },
        { header: "Role", cell: (member) => ROLE_LABELS[member.role] },
        {
          header: "Status",
          cell: (member) => {
            const status = STATUS[member.status];
            return (
              <>
                <Tag tone={status.tone}>{status.label}</Tag>
                <p className="text-base text-gray-700">
                  {member.lastSignInAt
                    ? `Last signed in ${formatDate(member.lastSignInAt)}`
                    : member.status === "invited" && member.invitationExpiresAt
                      ? `Link expires ${formatDate(member.invitationExpiresAt)}`
                      : "Never signed in"}
                </p>
              </>
            );
          },
        },
        {
          header: "Manage",
          className: "space-y-3",
          cell: (member) =>
            member.userId === currentUserId ? (
              <p className="text-base">This is you</p>
            ) : (
              <>
                {member.status !== "deactivated" ? (
                  <MemberActionForm
                    action={changeRoleAction}
                    membershipId={member.membershipId}
                    personName={member.name}
                    label="Change role"
                  >
                    <label htmlFor={`role-${member.membershipId}`} className="sr-only">
                      Role for {member.name}
                    </label>
                    <select
                      id={`role-${member.membershipId}`}
                      name="role"
                      defaultValue={member.role}
                      className="border-2 border-gray-900 p-1 text-base"
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                  </MemberActionForm>
                ) : null}
                {member.status === "invited" ? (
                  <MemberActionForm
                    action={renewInvitationAction}
                    membershipId={member.membershipId}
                    personName={member.name}
                    label={`New invitation link`}
                  />
                ) : null}
                {member.status === "deactivated" ? (
                  <MemberActionForm
                    action={reactivateMemberAction}
                    membershipId={member.membershipId}
                    personName={member.name}
                    label="Restore access"
                  />
                ) : (
                  <MemberActionForm
                    action={deactivateMemberAction}
                    membershipId={member.membershipId}
                    personName={member.name}
                    label="Remove access"
                    variant="warning"
                  />
                )}
              </>
            ),
        },
      ]}
    />
  );
}
