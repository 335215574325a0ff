import type { ThemeStatements } from "../loaders";

/** "5. Safeguarding" for each statement key, in the framework's words. */
export function statementLabels(themes: ThemeStatements): Map<string, string> {
  return new Map(
    themes.flatMap((theme) =>
      theme.statements.map((statement) => [statement.key, `${statement.number}. ${statement.name}`] as const),
    ),
  );
}
