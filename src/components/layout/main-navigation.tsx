"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { NavigationMenu } from "./navigation-menu";

export type NavigationItem = { href: string; label: string };

/** Whether a section is where the user is: Home only on "/", any other section on itself or below. */
export function isCurrentSection(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The main navigation. The root layout is not rendered again on a client-side navigation, so the
 * current section is worked out here from the route (usePathname), both on the server's first
 * render and after every later navigation; otherwise the first page loaded would stay "current".
 * On small screens the list is behind a "Menu" disclosure that works without JavaScript.
 */
export function MainNavigation({ items }: { items: NavigationItem[] }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Main" className="bg-gray-800">
      <NavigationMenu>
        <ul className="mx-auto flex max-w-5xl flex-col px-4 pb-2 md:flex-row md:flex-wrap md:gap-x-6 md:pb-0">
          {items.map((item) => {
            const current = isCurrentSection(item.href, pathname);
            return (
              <li key={item.href}>
                {/* The current page is marked by weight and an underline bar, not by colour. */}
                <Link
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block border-b-4 py-2 text-white visited:text-white ${current ? "border-white font-bold" : "border-transparent"}`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </NavigationMenu>
    </nav>
  );
}
