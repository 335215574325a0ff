import Link from "next/link";
import type { ReactNode } from "react";

export type NavigationItem = { href: string; label: string; current?: boolean };

/** The page header: service name, the council's name, main navigation and account controls. */
export function SiteHeader({
  serviceName,
  councilName,
  navigation = [],
  account,
}: {
  serviceName: string;
  councilName?: string | null;
  navigation?: NavigationItem[];
  account?: ReactNode;
}) {
  return (
    <header className="border-b-8 border-blue-800 bg-gray-900 text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <Link href="/" className="text-xl font-bold text-white visited:text-white">
            {serviceName}
          </Link>
          {councilName ? <p className="text-base">{councilName}</p> : null}
        </div>
        {account ? <div className="flex flex-wrap items-center gap-4">{account}</div> : null}
      </div>
      {navigation.length > 0 ? (
        <nav aria-label="Main" className="bg-gray-800">
          <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 px-4">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={item.current ? "page" : undefined}
                  className={`inline-block py-2 text-white visited:text-white ${item.current ? "border-b-4 border-white font-bold" : ""}`}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
