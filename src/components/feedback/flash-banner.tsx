"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { FLASH_COOKIE, type FlashNotice } from "@/lib/flash/notice";
import { NotificationBanner } from "./notification-banner";

/**
 * The flash notice, as the root layout shows it above the page: a GOV.UK notification banner,
 * rendered on the server so it works without JavaScript (the proxy forgets the cookie then). With
 * JavaScript the browser forgets it here, because a server action's redirect is rendered in the
 * action's own response, which the proxy never sees with the cookie; and the banner stays with the
 * page it was meant for, since the layout is not rendered again when the user moves on.
 */
export function FlashBanner({ notice }: { notice: FlashNotice }) {
  const pathname = usePathname();
  const [shownAt] = useState(pathname);
  useEffect(() => {
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `${FLASH_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax${secure}`;
  }, []);
  if (pathname !== shownAt) return null;
  return (
    <NotificationBanner variant={notice.variant} title={notice.title}>
      <p className={notice.link ? "mb-2 font-bold" : undefined}>{notice.message}</p>
      {notice.link ? (
        <p>
          <Link href={notice.link.href}>{notice.link.text}</Link>
          {notice.link.after}
        </p>
      ) : null}
    </NotificationBanner>
  );
}
