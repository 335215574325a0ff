import Link from "next/link";
import { Tag } from "@/components/data/tag";
import { audienceName } from "../domain";

type Statement = { key: string; number: number; name: string };
type Listed = {
  id: string;
  text: string;
  statementKeys: string[];
  audienceKeys: string[];
  prompts: number;
  followUps: number;
  retiredAt: Date | null;
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The questions of one page of the bank, each with what it tests and who it suits. */
export function QuestionList({ questions, statements }: { questions: Listed[]; statements: Statement[] }) {
  const statementLabel = (key: string) => {
    const statement = statements.find((candidate) => candidate.key === key);
    return statement ? `${statement.number}. ${statement.name}` : key;
  };
  return (
    <ul className="border-t border-gray-300">
      {questions.map((question) => (
        <li key={question.id} className="border-b border-gray-300 py-4">
          <p className="mb-2">
            <Link href={`/preparation/questions/${question.id}`} className="font-bold">
              {question.text}
            </Link>
            {question.retiredAt ? (
              <span className="ml-2">
                <Tag>Retired</Tag>
              </span>
            ) : null}
          </p>
          <dl className="grid gap-x-4 gap-y-1 text-base sm:grid-cols-[10rem_1fr]">
            <dt className="font-bold">Quality statements</dt>
            <dd>{question.statementKeys.map(statementLabel).join("; ")}</dd>
            <dt className="font-bold">Who it suits</dt>
            <dd>{question.audienceKeys.map(audienceName).join("; ")}</dd>
            <dt className="font-bold">Prompts</dt>
            <dd>
              {plural(question.prompts, "prompt", "prompts")},{" "}
              {plural(question.followUps, "follow-up question", "follow-up questions")}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
