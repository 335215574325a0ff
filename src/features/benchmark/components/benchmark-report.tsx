import type { BenchmarkPage } from "../loaders";
import { DatasetSource } from "./dataset-source";
import { HardNationally } from "./hard-nationally";
import { OverallPosition } from "./overall-position";
import { StatementSpreads } from "./statement-spreads";
import { StrongerCouncils } from "./stronger-councils";

/** Every benchmark figure for the chosen councils; `printing` lays each chart's table out open. */
export function BenchmarkReport({ page, printing = false }: { page: BenchmarkPage; printing?: boolean }) {
  if (!page.set) return <p>No published outcomes have been loaded yet. Ask your administrator to import them.</p>;
  if (page.figures.councils === 0)
    return (
      <>
        <p className="mb-8 text-lg font-bold">
          No council in the published outcomes matches these filters. Choose more regions or types.
        </p>
        <DatasetSource set={page.set} />
      </>
    );
  return (
    <>
      <OverallPosition overall={page.figures.overall} printing={printing} />
      <StatementSpreads
        statements={page.statements}
        figures={page.figures}
        hasCqcScores={page.hasCqcScores}
        printing={printing}
      />
      <StrongerCouncils statements={page.statements} figures={page.figures} />
      <HardNationally statements={page.statements} figures={page.figures} printing={printing} />
      <DatasetSource set={page.set} />
    </>
  );
}

/** Which councils the figures are for, in words. */
export function describeChosen(page: Pick<BenchmarkPage, "query" | "figures" | "allCouncils" | "filtered">): string {
  if (!page.filtered) return `All ${page.allCouncils} councils with a published CQC assessment.`;
  const parts = [
    page.query.region.length ? `in ${page.query.region.join(" or ")}` : null,
    page.query.type.length ? `of type ${page.query.type.join(" or ")}` : null,
  ].filter(Boolean);
  return `${page.figures.councils} of ${page.allCouncils} councils: those ${parts.join(" and ")}.`;
}
