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
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left text-xl font-bold">
        {members.length} {members.length === 1 ? "person" : "people"} in this workspace
      </caption>
      <thead>
        <tr className="border-b-2 border-gray-900">
          <th scope="col" className="py-2 pr-4">
            Name
          </th>
          <th scope="col" className="py-2 pr-4">
            Role
          </th>
          <th scope="col" className="py-2 pr-4">
            Status
          </th>
          <th scope="col" className="py-2">
            Manage
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => {
          const status = STATUS[member.status];
          const isSelf = member.userId === currentUserId;
          return (
            <tr key={member.membershipId} className="border-b border-gray-300 align-top">
              <th scope="row" className="py-3 pr-4 font-normal">
                <span className="font-bold">{member.name}</span>
                <br />
                <span className="break-all text-base">{member.email}</span>
              </th>
              <td className="py-3 pr-4">{ROLE_LABELS[member.role]}</td>
              <td className="py-3 pr-4">
                <Tag tone={status.tone}>{status.label}</Tag>
                <p className="text-base text-gray-700">
                  {member.lastSignInAt
                    ? `Last signed in ${formatDate(member.lastSignInAt)}`
                    : member.status === "invited" && member.invitationExpiresAt
                      ? `Link expires ${formatDate(member.invitationExpiresAt)}`
                      : "Never signed in"}
                </p>
              </td>
              <td className="space-y-3 py-3">
                {isSelf ? (
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
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
