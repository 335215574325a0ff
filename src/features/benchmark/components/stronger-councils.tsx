import type { BenchmarkPage } from "../loaders";

type Props = Pick<BenchmarkPage, "statements" | "figures">;

/** For each statement where we are at 1 or 2: the councils that scored 3 or 4, with their reports. */
export function StrongerCouncils({ statements, figures }: Props) {
  return (
    <section aria-labelledby="stronger-heading" className="mb-12">
      <h2 id="stronger-heading" className="mb-2 text-3xl font-bold">
        Councils to learn from
      </h2>
      {figures.stronger.length === 0 ? (
        <p className="max-w-3xl">
          No statement is at 1 or 2 in our self-assessment{figures.overall.cqc ? " or our CQC result" : ""}. When one
          is, the councils that scored it 3 or 4 are listed here with their CQC reports.
        </p>
      ) : (
        <>
          <p className="mb-6 max-w-3xl">
            For each statement where our score is 1 or 2, the councils that scored it 3 or 4 (4 first). Their CQC
            reports say what the assessors found.
          </p>
          {figures.stronger.map((entry) => {
            const name = `${entry.statement}. ${statements[entry.statement - 1]?.name ?? ""}`;
            const ours = [
              entry.selfAssessed ? `self-assessed ${entry.selfAssessed}` : null,
              entry.cqc ? `CQC ${entry.cqc}` : null,
            ]
              .filter(Boolean)
              .join(", ");
            return (
              <section key={entry.statement} aria-labelledby={`stronger-${entry.statement}`} className="mb-8">
                <h3 id={`stronger-${entry.statement}`} className="text-xl font-bold">
                  {name} (ours: {ours})
                </h3>
                {entry.councils.length === 0 ? (
                  <p>No council here scored it 3 or 4.</p>
                ) : (
                  <>
                    <p className="mb-2">
                      {entry.councils.length} {entry.councils.length === 1 ? "council" : "councils"} scored it 3 or 4:
                    </p>
                    <ul className="list-disc space-y-1 pl-6">
                      {entry.councils.map((council) => (
                        <li key={council.council}>
                          <a href={council.reportUrl}>{council.council}</a> scored {council.score} ({council.region},{" "}
                          {council.type})
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
