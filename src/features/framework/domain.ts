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
