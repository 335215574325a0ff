import Link from "next/link";
import { Table } from "@/components/data/table";

type Framework = {
  name: string;
  version: string;
  themes: {
    key: string;
    number: number;
    name: string;
    covers: string | null;
    qualityStatements: { key: string; number: number; name: string; weStatement: string }[];
  }[];
  evidenceCategories: { key: string; name: string; usedForLocalAuthorities: boolean; note: string | null }[];
  iStatements: { key: string; text: string }[];
};

/** The four themes with their quality statements, the I statements and the evidence categories. */
export function FrameworkOverview({ framework }: { framework: Framework }) {
  return (
    <div className="space-y-10">
      <p className="text-lg">
        {framework.name}, version {framework.version}. CQC assesses 9 quality statements grouped in 4 themes, and scores
        each from 1 to 4.
      </p>
      {framework.themes.map((theme) => (
        <section key={theme.key} aria-labelledby={`theme-${theme.key}`}>
          <h2 id={`theme-${theme.key}`} className="text-2xl font-bold">
            Theme {theme.number}: {theme.name}
          </h2>
          {theme.covers ? <p className="mt-1 text-gray-700">Covers: {theme.covers}</p> : null}
          <ul className="mt-4 divide-y divide-gray-300 border-y border-gray-300">
            {theme.qualityStatements.map((statement) => (
              <li key={statement.key} className="py-4">
                <h3 className="text-xl font-bold">
                  <Link href={`/framework/${statement.key}`} className="underline underline-offset-2">
                    {statement.number}. {statement.name}
                  </Link>
                </h3>
                <p className="mt-1">{statement.weStatement}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}

      <section aria-labelledby="i-statements">
        <h2 id="i-statements" className="text-2xl font-bold">
          I statements
        </h2>
        <p className="mt-1">
          What people who draw on care and support say good looks like. Each quality statement page shows the ones
          mapped to it.
        </p>
        <dl className="mt-4 space-y-3">
          {framework.iStatements.map((statement) => (
            <div key={statement.key}>
              <dt className="font-bold">{statement.key}</dt>
              <dd>{statement.text}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="evidence-categories">
        <h2 id="evidence-categories" className="text-2xl font-bold">
          Evidence categories
        </h2>
        <Table
          caption="Evidence categories and whether CQC uses them for local authorities"
          captionSize="hidden"
          className="mt-4"
          rows={framework.evidenceCategories}
          rowKey={(category) => category.key}
          columns={[
            { header: "Category", rowHeader: true, className: "font-normal", cell: (category) => category.name },
            {
              header: "Used for local authorities",
              cell: (category) => (category.usedForLocalAuthorities ? "Yes" : "No"),
            },
            { header: "Note", cell: (category) => category.note ?? "" },
          ]}
        />
      </section>
    </div>
  );
}
