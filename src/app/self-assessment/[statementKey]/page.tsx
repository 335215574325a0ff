import type { Metadata } from "next";
import Link from "next/link";
import { loadStatementPage } from "@/features/self-assessment/loaders";
import { StatementForm } from "@/features/self-assessment/components/statement-form";
import { StatementReadView } from "@/features/self-assessment/components/statement-read-view";
import { ReviewActions } from "@/features/self-assessment/components/review-actions";
import { Comments } from "@/features/self-assessment/components/comments";
import { QualityStatementDetail } from "@/features/framework/components/quality-statement-detail";
import { loadStatementEvidence } from "@/features/evidence/loaders";
import { StatementEvidence } from "@/features/evidence/components/statement-evidence";
import { loadStatementAuditResults } from "@/features/cases/loaders";
import { StatementAuditResults } from "@/features/cases/components/statement-audit-results";
import { loadStatementActions } from "@/features/improvement-plan/loaders";
import { StatementActions } from "@/features/improvement-plan/components/statement-actions";
import { loadStatementCqcResult } from "@/features/cqc-result/loaders";
import { StatementCqcResult } from "@/features/cqc-result/components/statement-cqc-result";
import { STATUS_LABELS, isEditable } from "@/features/self-assessment/domain";
import { Tag } from "@/components/data/tag";
import { NotificationBanner } from "@/components/feedback/notification-banner";
import { formatDateTime } from "@/components/format/date";

type Props = { params: Promise<{ statementKey: string }>; searchParams: Promise<Record<string, string | undefined>> };

const REVIEW_MESSAGES: Record<string, string> = {
  submitted: "Submitted for review.",
  agreed: "Agreed. The statement is now read-only.",
  reopened: "Reopened for editing. The reason is recorded in the history.",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework } = await loadStatementPage((await params).statementKey);
  return { title: `${framework.name} – Self-assessment` };
}

export default async function StatementPage({ params, searchParams }: Props) {
  const { statementKey } = await params;
  const { restored, review } = await searchParams;
  const { framework, assessment, scoring, may, newItemIds } = await loadStatementPage(statementKey);
  const [evidence, caseAudits, improvementActions, cqcResult] = await Promise.all([
    loadStatementEvidence(statementKey),
    loadStatementAuditResults(statementKey),
    loadStatementActions(statementKey),
    loadStatementCqcResult(statementKey),
  ]);
  const editable = may.edit && isEditable(assessment.status);
  const categories = framework.evidenceCategories.filter((category) => category.usedForLocalAuthorities);
  return (
    <>
      <Link href="/self-assessment" className="mb-6 inline-block">
        Back to the self-assessment
      </Link>
      {review && REVIEW_MESSAGES[review] ? (
        <NotificationBanner>
          <p>{REVIEW_MESSAGES[review]}</p>
        </NotificationBanner>
      ) : null}
      {restored ? (
        <NotificationBanner>
          <p>The earlier revision is now the current text, saved as version {restored}.</p>
        </NotificationBanner>
      ) : null}
      <p className="text-lg text-gray-700">
        Theme {framework.theme.number}: {framework.theme.name}
      </p>
      <h1 className="mb-2 text-4xl font-bold">
        {framework.number}. {framework.name}
      </h1>
      <p className="mb-6">
        <Tag>{STATUS_LABELS[assessment.status]}</Tag>{" "}
        {assessment.updatedAt
          ? `Version ${assessment.version}, last changed by ${assessment.updatedBy ?? "a former member"} on ${formatDateTime(assessment.updatedAt)}.`
          : "Nothing saved yet."}{" "}
        <Link href={`/self-assessment/${statementKey}/history`}>History</Link>
      </p>

      <details className="mb-10 border-l-4 border-gray-300 pl-4">
        <summary className="cursor-pointer text-xl font-bold underline">
          The quality statement: We and I statements, topics
        </summary>
        <div className="mt-4">
          <QualityStatementDetail statement={framework} />
        </div>
      </details>

      {cqcResult ? <StatementCqcResult {...cqcResult} /> : null}

      <ReviewActions statementKey={statementKey} version={assessment.version} status={assessment.status} may={may} />

      {assessment.status === "agreed" ? (
        <p className="mb-6 font-bold">This statement has been agreed and is read-only until it is reopened.</p>
      ) : null}
      {editable ? (
        <StatementForm
          statementKey={statementKey}
          newItemIds={newItemIds}
          version={assessment.version}
          content={assessment.content}
          savedBy={assessment.updatedBy}
          scoreLabels={scoring.scores}
          ratingCharacteristics={framework.ratingCharacteristics}
          categories={categories}
        />
      ) : (
        <StatementReadView content={assessment.content} scoreLabels={scoring.scores} />
      )}

      <StatementEvidence {...evidence} statementName={framework.name} />
      <StatementAuditResults results={caseAudits.results} statementName={framework.name} />
      {improvementActions ? (
        <StatementActions
          statementKey={statementKey}
          actions={improvementActions.actions}
          mayEdit={improvementActions.mayEdit}
          now={new Date()}
        />
      ) : null}

      <Comments statementKey={statementKey} comments={assessment.comments} mayComment={may.comment} />
    </>
  );
}
