import type { Metadata } from "next";
import Link from "next/link";
import { loadPresenter } from "@/features/preparation/loaders";
import { Presenter } from "@/features/preparation/components/presenter";
import { statementLabels } from "@/features/preparation/components/statement-labels";

export const metadata: Metadata = { title: "Presenter view" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PresentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { item, themes } = await loadPresenter(id);
  const exitHref = `/preparation/sessions/${item.id}`;
  if (item.questions.length === 0) {
    return (
      <>
        <h1 className="mb-4 text-4xl font-bold">No questions to present yet</h1>
        <p>
          <Link href={`${exitHref}/questions`}>Choose questions for {item.title}</Link>
        </p>
      </>
    );
  }
  const labels = statementLabels(themes);
  const start = Number.parseInt(typeof query.q === "string" ? query.q : "1", 10);
  return (
    // Marks a shared screen: the site header is hidden while this is shown (globals.css).
    <div data-presenter-view>
      <Presenter
        title={item.title}
        exitHref={exitHref}
        start={Number.isFinite(start) ? start - 1 : 0}
        questions={item.questions.map((question) => ({
          id: question.id,
          text: question.text,
          statements: question.statementKeys.map((key) => labels.get(key) ?? key),
          prompts: question.prompts,
          followUps: question.followUps,
        }))}
      />
    </div>
  );
}
