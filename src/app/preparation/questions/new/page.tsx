import type { Metadata } from "next";
import { loadNewQuestion } from "@/features/question-bank/loaders";
import { Breadcrumbs } from "@/features/question-bank/components/breadcrumbs";
import { QuestionForm } from "@/features/question-bank/components/question-form";

export const metadata: Metadata = { title: "Add a question" };

export default async function NewQuestionPage() {
  const { themes } = await loadNewQuestion();
  return (
    <>
      <Breadcrumbs trail={[{ href: "/preparation/questions", label: "Question bank" }]} />
      <h1 className="mb-6 text-4xl font-bold">Add a question</h1>
      <QuestionForm item={null} themes={themes} />
    </>
  );
}
