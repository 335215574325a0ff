import Link from "next/link";
import { loadHome } from "@/features/auth/loaders";
import { loadOpenRequestCount } from "@/features/evidence-requests/loaders";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/authz/permissions";
import { startHereFor } from "@/features/auth/domain";

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
        {startHereFor(member.role).map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-xl font-bold">
              {link.label}
            </Link>
            <p>{link.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
