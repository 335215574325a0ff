import type { Metadata } from "next";
import Link from "next/link";
import { loadSessionForm } from "@/features/visit/loaders";
import { SessionForm } from "@/features/visit/components/session-form";
import { removeVisitSessionAction } from "@/features/visit/actions";
import { SmallActionForm } from "@/components/forms/small-action-form";

export const metadata: Metadata = { title: "Change a session" };

type Props = { params: Promise<{ id: string }> };

export default async function EditVisitSessionPage({ params }: Props) {
  const { id } = await params;
  const { item, statements } = await loadSessionForm(id);
  return (
    <>
      <Link href={`/visit/sessions/${id}`} className="mb-6 inline-block">
        Back to the session
      </Link>
      <h1 className="mb-6 text-4xl font-bold">Change {item?.title}</h1>
      <SessionForm item={item} statements={statements} />
      {item ? (
        <section aria-labelledby="remove-heading" className="mt-12 max-w-xl border-t-2 border-gray-300 pt-6">
          <h2 id="remove-heading" className="mb-2 text-2xl font-bold">
            Remove this session
          </h2>
          <p className="mb-4">
            Takes it off the schedule with its list of participants and briefing evidence. The people stay on the
            participants list. A session with a debrief or CQC follow-up requests is kept.
          </p>
          <SmallActionForm
            action={removeVisitSessionAction}
            fields={{ sessionId: id }}
            label="Remove this session"
            target={item.title}
            variant="warning"
          />
        </section>
      ) : null}
    </>
  );
}
