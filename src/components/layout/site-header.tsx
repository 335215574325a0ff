import Link from "next/link";
import type { ReactNode } from "react";
import { MainNavigation, type NavigationItem } from "./main-navigation";

export type { NavigationItem };

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
 * controls. The navigation wraps on small screens, so no menu script is needed; it is a small client
 * component only so that its current item follows the route.
 */
export function SiteHeader({ serviceName, councilName, navigation = [], account, homeHref = "/" }: SiteHeaderProps) {
  return (
    <header data-site-header className="border-b-8 border-blue-800 bg-gray-900 text-white print:hidden">
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
      {navigation.length > 0 ? <MainNavigation items={navigation} /> : null}
    </header>
  );
}
