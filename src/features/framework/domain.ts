/** The workspace's themes with their quality statements, as forms and filters offer them. */
export type ThemeChoices = {
  key: string;
  number: number;
  name: string;
  statements: { key: string; number: number; name: string; aliases: string[] }[];
}[];

type FrameworkThemes = {
  themes: {
    key: string;
    number: number;
    name: string;
    qualityStatements: { key: string; number: number; name: string; aliases: string[] }[];
  }[];
};

export function toThemeChoices(framework: FrameworkThemes): ThemeChoices {
  return framework.themes.map((theme) => ({
    key: theme.key,
    number: theme.number,
    name: theme.name,
    statements: theme.qualityStatements.map(({ key, number, name, aliases }) => ({ key, number, name, aliases })),
  }));
}

/**
 * The score choice: each score's words and, when the framework version carries CQC's rating
 * characteristics for the statement, what that score looks like beside it. Nothing is added when
 * it carries none.
 */
export function scoreChoices(
  scoreLabels: readonly { score: number; label: string }[],
  characteristics: readonly { score: number; text: string }[] | null,
): { value: string; label: string; hint?: string }[] {
  return scoreLabels.map((option) => {
    const text = characteristics?.find((item) => item.score === option.score)?.text;
    return {
      value: String(option.score),
      label: `${option.score}: ${option.label}`,
      ...(text ? { hint: `What this looks like (CQC's rating characteristics): ${text}` } : {}),
    };
  });
}
