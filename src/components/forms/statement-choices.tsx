"use client";

import { Checkboxes } from "./checkboxes";

type Themes = {
  key: string;
  number: number;
  name: string;
  statements: { key: string; number: number; name: string }[];
}[];

type Field = Omit<Parameters<typeof Checkboxes>[0], "legend" | "options">;

/** The quality statements as one group of checkboxes per theme, sharing one form field. */
export function StatementChoices({ themes, field }: { themes: Themes; field: Field }) {
  return themes.map((theme, index) => (
    <Checkboxes
      key={theme.key}
      {...field}
      // The first group carries the field's id, so the error summary's link lands on it.
      id={index === 0 ? field.id : `${field.id}-${theme.key}`}
      error={index === 0 ? field.error : undefined}
      legend={`Theme ${theme.number}: ${theme.name}`}
      options={theme.statements.map((statement) => ({
        value: statement.key,
        label: `${statement.number}. ${statement.name}`,
      }))}
    />
  ));
}
