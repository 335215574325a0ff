import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-[var(--color-success)] text-white hover:bg-green-900 shadow-[0_2px_0_#002d18]",
  secondary: "bg-gray-200 text-gray-900 hover:bg-gray-300 shadow-[0_2px_0_#929191]",
  warning: "bg-[var(--color-error)] text-white hover:bg-red-900 shadow-[0_2px_0_#55070e]",
  link: "underline text-inherit p-0 shadow-none bg-transparent",
} as const;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants; pending?: boolean };

/** Buttons say what they do; while a form is being sent the button shows it and ignores clicks. */
export function Button({ variant = "primary", pending = false, type = "submit", className, children, onClick, ...rest }: Props) {
  const padding = variant === "link" ? "" : "px-4 py-2";
  return (
    <button
      type={type}
      aria-disabled={pending || undefined}
      data-pending={pending || undefined}
      onClick={pending ? (event) => event.preventDefault() : onClick}
      className={`${padding} ${variants[variant]} ${pending ? "opacity-70" : ""} ${className ?? ""}`}
      {...rest}
    >
      {children}
    </button>
  );
}
