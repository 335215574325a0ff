import type { ReactNode } from "react";

/**
 * Heading sizes, one class string each, after GOV.UK's heading scale: `xl` for the page's h1,
 * `l` for sections, `m` for sub-sections and panels.
 */
export const HEADING = {
  xl: "text-4xl font-bold",
  l: "text-2xl font-bold",
  m: "text-xl font-bold",
} as const;

export type PageHeadingProps = {
  /** What the page belongs to, shown above the heading (GOV.UK's caption), e.g. "Theme 1: Working with people". */
  caption?: ReactNode;
  children: ReactNode;
  /** A sentence or two under the heading. */
  description?: ReactNode;
  /** Links or buttons for the page's main actions, shown as a row under the heading. */
  actions?: ReactNode[];
};

/** The page's one h1, with its caption, description and actions laid out the same on every page. */
export function PageHeading({ caption, children, description, actions }: PageHeadingProps) {
  const shown = actions?.filter(Boolean) ?? [];
  return (
    <div className="mb-6">
      {caption ? <p className="text-lg text-secondary-ink">{caption}</p> : null}
      <h1 className={`${HEADING.xl} break-words`}>{children}</h1>
      {description ? <div className="mt-4 max-w-3xl space-y-4">{description}</div> : null}
      {shown.length > 0 ? (
        <ul className="mt-4 flex flex-wrap gap-x-8 gap-y-2">
          {shown.map((action, index) => (
            <li key={index}>{action}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
