import type { Ref, SelectHTMLAttributes } from "react";
import { describedBy, FieldMessages, FormGroup } from "./field-messages";

export type SelectOption = {
  value: string;
  label: string;
  /** Options with the same group are shown under it, in order. */ group?: string;
};

export type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  options: SelectOption[];
  ref?: Ref<HTMLSelectElement>;
};

/** A labelled select. GOV.UK prefers radios for short lists; use this for long ones (owners, teams). */
export function Select({ id: givenId, name, label, hint, error, options, className, ...select }: SelectProps) {
  const id = givenId ?? name;
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`mt-1 block max-w-full border-2 ${error ? "border-error" : "border-ink"} bg-white p-2 ${className ?? ""}`}
        {...select}
      >
        {groupsOf(options).map(([group, entries]) =>
          group ? (
            <optgroup key={group} label={group}>
              {entries.map(renderOption)}
            </optgroup>
          ) : (
            entries.map(renderOption)
          ),
        )}
      </select>
    </FormGroup>
  );
}

function renderOption(option: SelectOption) {
  return (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
}

/** Consecutive options of one group together; ungrouped ones stand alone. */
function groupsOf(options: SelectOption[]): [string | undefined, SelectOption[]][] {
  const groups: [string | undefined, SelectOption[]][] = [];
  for (const option of options) {
    const last = groups.at(-1);
    if (last && last[0] !== undefined && last[0] === option.group) last[1].push(option);
    else groups.push([option.group, [option]]);
  }
  return groups;
}
