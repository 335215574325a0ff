import type { ReactNode } from "react";

/** GOV.UK notification banner: "success" announces itself; "important" is a labelled region. */
export function NotificationBanner({ variant = "success", title, id = "notification-banner-title", children }: { variant?: "success" | "important"; title?: string; id?: string; children: ReactNode }) {
  const heading = title ?? (variant === "success" ? "Success" : "Important");
  const colour = variant === "success" ? "border-[var(--color-success)]" : "border-blue-800";
  return (
    <div
      role={variant === "success" ? "alert" : "region"}
      aria-labelledby={id}
      className={`mb-8 border-4 ${colour}`}
    >
      <h2 id={id} className={`px-4 py-1 font-bold text-white ${variant === "success" ? "bg-[var(--color-success)]" : "bg-blue-800"}`}>
        {heading}
      </h2>
      <div className="p-4">{children}</div>
    </div>
  );
}
