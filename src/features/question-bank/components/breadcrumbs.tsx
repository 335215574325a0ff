import Link from "next/link";

/** Where a question bank page sits: always under staff preparation. */
export function Breadcrumbs({ trail }: { trail: { href: string; label: string }[] }) {
  const links = [{ href: "/preparation", label: "Staff preparation" }, ...trail];
  return (
    <nav aria-label="Breadcrumb" className="mb-6">
      <ol className="flex flex-wrap gap-x-2 text-base">
        {links.map((link, index) => (
          <li key={link.href}>
            {index > 0 ? (
              <span aria-hidden="true" className="mr-2">
                ›
              </span>
            ) : null}
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
