import type { SelectOption } from "./select";

type Themes = readonly {
  number: number;
  name: string;
  statements: readonly { key: string; number: number; name: string }[];
}[];

/** The quality statements as select options ("1. Assessing needs"), grouped under their themes. */
export function statementOptions(themes: Themes, { themeNumbers = true } = {}): SelectOption[] {
  return themes.flatMap((theme) =>
    theme.statements.map((statement) => ({
      value: statement.key,
      label: `${statement.number}. ${statement.name}`,
      group: themeNumbers ? `Theme ${theme.number}: ${theme.name}` : theme.name,
    })),
  );
}
