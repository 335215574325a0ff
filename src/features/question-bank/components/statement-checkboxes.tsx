import type { InputHTMLAttributes, Ref } from "react";
import { describedBy, FieldMessages, FormGroup } from "@/components/forms/field-messages";

type Theme = { key: string; name: string; statements: { key: string; number: number; name: string }[] };

export type StatementCheckboxesProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "name" | "defaultValue" | "type"
> & {
  name: string;
  /** Given to the first box, so the error summary's link lands on it. */
  id?: string;
  legend: string;
  hint?: string;
  error?: string;
  /** The checked keys, one per line (as an action's `values` echoes a repeated field). */
  defaultValue?: string;
  themes: Theme[];
  ref?: Ref<HTMLInputElement>;
};

/**
 * The nine quality statements as checkboxes under their themes: one question (the outer legend),
 * with each theme a group inside it, as CQC sets the statements out.
 */
export function StatementCheckboxes({
  id: givenId,
  name,
  legend,
  hint,
  error,
  defaultValue = "",
  themes,
  ref,
  ...input
}: StatementCheckboxesProps) {
  const id = givenId ?? name;
  const chosen = defaultValue.split("\n").filter(Boolean);
  const first = themes[0]?.statements[0]?.key;
  return (
    <FormGroup error={error}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="text-xl font-bold">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        {themes.map((theme) => (
          <fieldset key={theme.key} className="mt-4">
            <legend className="font-bold">{theme.name}</legend>
            <div className="mt-2 space-y-3">
              {theme.statements.map((statement) => {
                const optionId = statement.key === first ? id : `${id}-${statement.key}`;
                return (
                  <div key={statement.key} className="flex items-start gap-3">
                    <input
                      type="checkbox"
                      id={optionId}
                      name={name}
                      value={statement.key}
                      defaultChecked={chosen.includes(statement.key)}
                      className="mt-1 size-6 shrink-0 accent-ink"
                      ref={ref}
                      {...input}
                    />
                    <label htmlFor={optionId}>
                      {statement.number}. {statement.name}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </FormGroup>
  );
}
