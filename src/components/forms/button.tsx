import type { ButtonHTMLAttributes, Ref } from "react";

// Each variant has a darker "shadow" edge, as GOV.UK buttons do, so the button reads as a button
// in every colour scheme. White on these greens and reds is at least 6:1.
const variants = {
  primary: "bg-success text-white hover:bg-green-900 shadow-[0_2px_0_#002d18]",
  secondary: "bg-gray-200 text-ink hover:bg-gray-300 shadow-[0_2px_0_#929191]",
  warning: "bg-error text-white hover:bg-red-900 shadow-[0_2px_0_#55070e]",
  /** Looks like a link, for small actions inside text (sign out). Still a button to assistive tech. */
  link: "underline text-inherit p-0 shadow-none bg-transparent",
} as const;

export type ButtonVariant = keyof typeof variants;

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  /** The form is being sent: the button says so and ignores further clicks. */
  pending?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

/**
 * A button that says what it does (the caller's text). `type` is "submit" unless given, since most
 * buttons here send a form. While pending it stays focusable (aria-disabled, not disabled, so
 * keyboard users do not lose their place) and `data-pending` marks it for styles and for
 * `useActionForm`, which drops a second submit.
 */
export function Button({
  variant = "primary",
  pending = false,
  type = "submit",
  className,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  const padding = variant === "link" ? "" : "px-4 py-2";
  return (
    <button
      type={type}
      aria-disabled={pending || undefined}
      data-pending={pending || undefined}
      // Only pass a handler when there is one, so this renders from server components too.
      onClick={pending ? (event) => event.preventDefault() : onClick}
      className={`${padding} ${variants[variant]} ${pending ? "opacity-70" : ""} ${className ?? ""}`}
      {...rest}
    >
      {children}
    </button>
  );
}
