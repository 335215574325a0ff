import { useId, type ReactNode } from "react";

const styles = {
  success: { border: "border-success", title: "bg-success", heading: "Success" },
  important: { border: "border-blue-800", title: "bg-blue-800", heading: "Important" },
} as const;

export type NotificationBannerProps = {
  /** "success" after something the user did (announced at once); "important" for news they need. */
  variant?: keyof typeof styles;
  /** Defaults to "Success" or "Important". */
  title?: string;
  /** Id of the title; unique by default, so two banners on a page do not clash. */
  id?: string;
  children: ReactNode;
};

/**
 * GOV.UK notification banner. A success banner is role="alert" so it is read out after a
 * post/redirect/get; an important one is a region labelled by its title, found but not announced.
 * Put the message in a <p> (or an h3 for a headline).
 */
export function NotificationBanner({ variant = "success", title, id, children }: NotificationBannerProps) {
  const generatedId = useId();
  const titleId = id ?? generatedId;
  const style = styles[variant];
  return (
    <div
      role={variant === "success" ? "alert" : "region"}
      aria-labelledby={titleId}
      className={`mb-8 border-4 ${style.border}`}
    >
      <h2 id={titleId} className={`px-4 py-1 text-base font-bold text-white ${style.title}`}>
        {title ?? style.heading}
      </h2>
      <div className="p-4">{children}</div>
    </div>
  );
}
