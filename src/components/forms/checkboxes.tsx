import { ChoiceGroup, type ChoiceGroupProps } from "./choice-group";

export type CheckboxesProps = Omit<ChoiceGroupProps, "type" | "chosen" | "layout"> & {
  /** The checked values, one per line (as an action's `values` echoes a repeated field). */
  defaultValue?: string;
  /** Lay the options out in columns when there are many. */
  columns?: boolean;
};

/** Any number of answers from a list (GOV.UK checkboxes). */
export function Checkboxes({ defaultValue = "", columns, ...group }: CheckboxesProps) {
  return (
    <ChoiceGroup
      type="checkbox"
      chosen={defaultValue.split("\n").filter(Boolean)}
      layout={columns ? "columns" : "stacked"}
      {...group}
    />
  );
}
