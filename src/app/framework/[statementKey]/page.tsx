import type { Metadata } from "next";
import Link from "next/link";
import { loadQualityStatement } from "@/features/framework/loaders";
import { QualityStatementDetail } from "@/features/framework/components/quality-statement-detail";

type Props = { params: Promise<{ statementKey: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statement = await loadQualityStatement((await params).statementKey);
  return { title: `${statement.name} – The CQC framework` };
}

export default async function QualityStatementPage({ params }: Props) {
  const statement = await loadQualityStatement((await params).statementKey);
  return (
    <>
      <Link href="/framework" className="mb-6 inline-block underline">
        Back to the framework
      </Link>
      <p className="text-lg text-gray-700">
        Theme {statement.theme.number}: {statement.theme.name}
      </p>
      <h1 className="mb-6 text-4xl font-bold">
        {statement.number}. {statement.name}
      </h1>
      <QualityStatementDetail statement={statement} />
    </>
  );
}
