import Link from "next/link";
import { loadHome } from "@/features/auth/loaders";
import { loadOpenRequestCount } from "@/features/evidence-requests/loaders";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/authz/permissions";
import { can } from "@/lib/authz/policy";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const { user, member } = await loadHome();
  const welcome = (await searchParams).welcome;
  const openRequests = await loadOpenRequestCount();
  return (
    <>
      {welcome ? (
        <NotificationBanner>
          <p>
            Welcome, {user.name}. You are now signed in to {member.workspaceName}.
          </p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-2 text-4xl font-bold">{member.workspaceName}</h1>
      <p className="mb-8 text-lg">
        Signed in as {user.name}, <strong>{ROLE_LABELS[member.role]}</strong>
      </p>
      <p className="mb-8 max-w-3xl">{ROLE_DESCRIPTIONS[member.role]}</p>
      {openRequests ? (
        <NotificationBanner variant="important" title="Evidence requests">
          <p>
            <Link href="/requests" className="font-bold">
              {openRequests === 1
                ? "1 request for evidence is waiting for you"
                : `${openRequests} requests for evidence are waiting for you`}
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      <h2 className="mb-4 text-2xl font-bold">Start here</h2>
      <ul className="max-w-3xl space-y-4">
        {can(member, "report:read") ? (
          <li>
            <Link href="/dashboard" className="text-xl font-bold">
              Dashboard
            </Link>
            <p>
              Where the council stands at a glance: the indicative rating, the nine statements, trend, evidence gaps,
              the information return and the case sample, with the Word, PDF and Excel documents.
            </p>
          </li>
        ) : null}
        <li>
          <Link href="/self-assessment" className="text-xl font-bold">
            Self-assessment
          </Link>
          <p>
            The council&apos;s self-assessment against the nine quality statements, and the indicative rating it
            implies.
          </p>
        </li>
        <li>
          <Link href="/evidence" className="text-xl font-bold">
            Evidence
          </Link>
          <p>
            The evidence library: every document, data set and case study the assessment cites, with coverage and gaps.
          </p>
        </li>
        <li>
          <Link href="/information-return" className="text-xl font-bold">
            Information return
          </Link>
          <p>What CQC asks for at notification, with owners, due dates, linked evidence and the pack to send.</p>
        </li>
        <li>
          <Link href="/framework" className="text-xl font-bold">
            The CQC framework
          </Link>
          <p>
            The 4 themes and 9 quality statements CQC assesses, with the We and I statements and what to cover for each.
          </p>
        </li>
        {can(member, "member:read") ? (
          <li>
            <Link href="/admin/users" className="text-xl font-bold">
              Users
            </Link>
            <p>Invite colleagues, set their roles and remove access.</p>
          </li>
        ) : null}
      </ul>
    </>
  );
}
