"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * Shows the main navigation as it is on wide screens and behind a "Menu" disclosure on narrow
 * ones, so a phone shows the page's heading instead of several rows of links (WCAG 1.4.10). The
 * disclosure is `<details>`, which opens and closes without JavaScript; with it, the menu closes
 * after a link is followed (the layout is not rendered again on a client-side navigation). Only one
 * of the two is displayed at a time, so assistive technology meets the links once.
 */
export function NavigationMenu({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <>
      <details ref={menu} className="group md:hidden">
        <summary className="mx-auto flex max-w-5xl cursor-pointer list-none items-center gap-2 px-4 py-2 font-bold text-white [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          Menu
        </summary>
        {children}
      </details>
      <div className="hidden md:block">{children}</div>
    </>
  );
}
