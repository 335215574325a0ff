import { ChoiceGroup, type ChoiceGroupProps } from "./choice-group";

export type { ChoiceOption } from "./choice-group";

export type RadiosProps = Omit<ChoiceGroupProps, "type" | "chosen" | "layout"> & {
  /** The chosen value, as the form sent it (so an echoed `values[name]` spreads straight in). */
  defaultValue?: string;
  /** Side by side, for two short answers such as Yes and No. */
  inline?: boolean;
};

/** One answer from a few (GOV.UK radios). */
export function Radios({ defaultValue, inline, ...group }: RadiosProps) {
  return (
    <ChoiceGroup
      type="radio"
      chosen={defaultValue ? [defaultValue] : []}
      layout={inline ? "inline" : "stacked"}
      {...group}
    />
  );
}
