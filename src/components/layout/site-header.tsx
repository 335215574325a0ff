import Link from "next/link";
import type { ReactNode } from "react";
import { NavigationMenu } from "./navigation-menu";

export type NavigationItem = { href: string; label: string; current?: boolean };

export type SiteHeaderProps = {
  serviceName: string;
  /** The council's own name; this service never shows GOV.UK branding. */
  councilName?: string | null;
  navigation?: NavigationItem[];
  /** Account controls, e.g. the user's name and a sign-out form; rendered as given. */
  account?: ReactNode;
  homeHref?: string;
};

/**
 * The page header: service name (home link), the council's name, main navigation and account
 * controls. On small screens the navigation is a list behind a "Menu" disclosure that works without
 * JavaScript; on wider ones it is a row that wraps.
 */
export function SiteHeader({ serviceName, councilName, navigation = [], account, homeHref = "/" }: SiteHeaderProps) {
  return (
    <header className="border-b-8 border-blue-800 bg-gray-900 text-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <Link
            href={homeHref}
            className="text-xl font-bold text-white no-underline visited:text-white hover:underline"
          >
            {serviceName}
          </Link>
          {councilName ? <p className="text-base">{councilName}</p> : null}
        </div>
        {account ? <div className="flex flex-wrap items-center gap-4">{account}</div> : null}
      </div>
      {navigation.length > 0 ? (
        <nav aria-label="Main" className="bg-gray-800">
          <NavigationMenu>
            <ul className="mx-auto flex max-w-5xl flex-col px-4 pb-2 md:flex-row md:flex-wrap md:gap-x-6 md:pb-0">
              {navigation.map((item) => (
                <li key={item.href}>
                  {/* The current page is marked by weight and an underline bar, not by colour. */}
                  <Link
                    href={item.href}
                    aria-current={item.current ? "page" : undefined}
                    className={`inline-block border-b-4 py-2 text-white visited:text-white ${item.current ? "border-white font-bold" : "border-transparent"}`}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </NavigationMenu>
        </nav>
      ) : null}
    </header>
  );
}
