import Link from "next/link";

export type FooterLink = { href: string; label: string };

/** The page footer: support links (About, Accessibility statement) and one line of text. */
export function SiteFooter({ links, text }: { links: FooterLink[]; text?: string }) {
  return (
    <footer className="mt-16 border-t-4 border-blue-800 bg-gray-100 print:hidden">
      <div className="mx-auto max-w-5xl px-4 py-6">
        <h2 className="sr-only">Support links</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-ink visited:text-ink">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
        {text ? <p className="mt-4 text-base text-secondary-ink">{text}</p> : null}
      </div>
    </footer>
  );
}
