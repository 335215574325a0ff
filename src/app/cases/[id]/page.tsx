import type { Metadata } from "next";
import Link from "next/link";
import { loadCasePage } from "@/features/cases/loaders";
import { ConsentForm, ContactForm } from "@/features/cases/components/engagement-forms";
import { ANSWER_LABELS, LOG_STATUS_LABELS, STAGE_LABELS } from "@/features/cases/domain";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { formatDate, formatDateTime } from "@/components/format/date";

export const metadata: Metadata = { title: "Case" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const SAVED: Record<string, string> = {
  created: "Case added.",
  updated: "Changes saved.",
  consent: "Consent saved.",
  contact: "Added to the contact log.",
  audited: "Case audit saved. Its answers now count in the statements' results.",
};

const date = (value: Date | null) => (value ? formatDate(value) : "Not recorded");

export default async function CasePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { saved } = await searchParams;
  const { item, questions, views, open, may } = await loadCasePage(id);
  const rows: [string, string][] = [
    ["Cohort or pathway", item.cohort.name],
    ["Team", item.team || "Not recorded"],
    ["Practitioner", item.practitioner || "Not recorded"],
    ["First contact", date(item.firstContactDate)],
    ["Assessment", date(item.assessmentDate)],
    ["Plan agreed", date(item.planDate)],
    ["Last review", date(item.lastReviewDate)],
    ["Support type", item.supportType || "Not recorded"],
    ["Age band", item.ageBand ?? "Not recorded"],
    ["Ethnic group", item.ethnicity ?? "Not recorded"],
    ["Sex", item.sex ?? "Not recorded"],
    ["Disability", item.disability ?? "Not recorded"],
    ["Sample", STAGE_LABELS[item.stage]],
  ];
  return (
    <>
      <Link href="/cases" className="mb-6 inline-block">
        Back to cases
      </Link>
      {saved && SAVED[saved] ? (
        <NotificationBanner>
          <p>{SAVED[saved]}</p>
        </NotificationBanner>
      ) : null}
      <span className="block text-xl text-gray-700">Case</span>
      <h1 className="mb-2 text-4xl font-bold">{item.reference ?? "Anonymised case"}</h1>
      {!open ? (
        <p className="mb-6 font-bold">
          This case was anonymised on {formatDate(item.anonymisedAt!)}. It is kept for the numbers only.
        </p>
      ) : null}
      <dl className="mb-6 max-w-3xl border-t border-gray-300">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-2 border-b border-gray-300 py-2 sm:grid-cols-[14rem_1fr]">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {may.edit ? (
        <p className="mb-10">
          <Link href={`/cases/${item.id}/edit`} className="font-bold">
            Change this case
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="audit-heading" className="mb-10 max-w-3xl">
        <h2 id="audit-heading" className="mb-2 text-2xl font-bold">
          Case audit
        </h2>
        {item.audit?.completedAt ? (
          <>
            <p className="mb-2">
              Audited by {item.audit.auditor} on {formatDateTime(item.audit.completedAt)}.
            </p>
            <ul className="mb-2 list-disc pl-6">
              {questions
                .filter((question) => item.audit!.answers.some((answer) => answer.questionId === question.id))
                .map((question) => {
                  const answer = item.audit!.answers.find((entry) => entry.questionId === question.id)!;
                  return (
                    <li key={question.id}>
                      {question.text} <strong>{ANSWER_LABELS[answer.answer]}</strong>
                      {answer.note ? <span className="block text-base text-gray-700">{answer.note}</span> : null}
                    </li>
                  );
                })}
            </ul>
          </>
        ) : (
          <p className="mb-2">Not audited yet.</p>
        )}
        {may.audit ? (
          <Link href={`/cases/${item.id}/audit`}>{item.audit ? "Change the audit" : "Audit this case"}</Link>
        ) : null}
      </section>

      <section aria-labelledby="log-heading" className="mb-10 max-w-3xl">
        <h2 id="log-heading" className="mb-2 text-2xl font-bold">
          Reflective log
        </h2>
        <p className="mb-2">
          {item.reflectiveLog
            ? `${LOG_STATUS_LABELS[item.reflectiveLog.status]}, by ${item.reflectiveLog.author}${item.reflectiveLog.signedOffBy ? `; signed off by ${item.reflectiveLog.signedOffBy}` : ""}.`
            : "None yet. CQC asks for one for each case it selects."}
        </p>
        <Link href={`/cases/${item.id}/reflective-log`}>
          {item.reflectiveLog ? "Open the reflective log" : may.reflect ? "Write the reflective log" : "Reflective log"}
        </Link>
      </section>

      {item.stage === "engaged" ? (
        <section aria-labelledby="engagement-heading" className="mb-10 max-w-3xl">
          <h2 id="engagement-heading" className="mb-4 text-2xl font-bold">
            Engagement with CQC
          </h2>
          {may.edit ? (
            <ConsentForm caseId={item.id} consent={item.consentToContact} />
          ) : (
            <p className="mb-4">
              Agreed to be contacted:{" "}
              {item.consentToContact === null ? "not asked yet" : item.consentToContact ? "yes" : "no"}.
            </p>
          )}
          <h3 className="mb-2 text-xl font-bold">Contact log</h3>
          {item.contacts.length === 0 ? (
            <p className="mb-4">No contact recorded.</p>
          ) : (
            <ul className="mb-4 list-disc pl-6">
              {item.contacts.map((contact) => (
                <li key={contact.id}>
                  {formatDate(contact.contactedOn)}, {contact.method.toLowerCase()}
                  {contact.note ? `: ${contact.note}` : ""}
                </li>
              ))}
            </ul>
          )}
          {may.edit ? <ContactForm caseId={item.id} /> : null}
        </section>
      ) : null}
      {views ? (
        <section aria-labelledby="views-heading" className="mb-10 max-w-3xl">
          <h2 id="views-heading" className="mb-2 text-2xl font-bold">
            Who has looked at this case
          </h2>
          <p className="mb-2 text-gray-700">The latest {views.length} views, from the audit log.</p>
          <ul className="list-disc pl-6">
            {views.map((view, index) => (
              <li key={index}>
                {view.who}, {formatDateTime(view.when)}
                {view.page !== "case" ? ` (${view.page.replace("-", " ")})` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
