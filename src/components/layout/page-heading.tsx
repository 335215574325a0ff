import Link from "next/link";
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
  /** Links to the page's main tasks, in a row under the heading; `false` or `null` ones are left out. */
  actions?: (PageAction | false | null | undefined)[];
};

export type PageAction = {
  href: string;
  label: string;
  /** The page's main task, in bold. */
  primary?: boolean;
  /** A file to download: a plain link with `download`, not a client-side navigation. */
  download?: boolean;
};

/** The page's one h1, with its caption, description and actions laid out the same on every page. */
export function PageHeading({ caption, children, description, actions }: PageHeadingProps) {
  const shown = (actions ?? []).filter((action): action is PageAction => Boolean(action));
  return (
    <div className="mb-6">
      {caption ? <p className="text-lg text-secondary-ink">{caption}</p> : null}
      <h1 className={`${HEADING.xl} break-words`}>{children}</h1>
      {description ? <div className="mt-4 max-w-3xl space-y-4">{description}</div> : null}
      {shown.length > 0 ? (
        <ul className="mt-4 flex flex-wrap gap-x-8 gap-y-2">
          {shown.map((action) => (
            <li key={action.href}>
              {action.download ? (
                <a href={action.href} download className={action.primary ? "font-bold" : undefined}>
                  {action.label}
                </a>
              ) : (
                <Link href={action.href} className={action.primary ? "font-bold" : undefined}>
                  {action.label}
                </Link>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
