"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * With JavaScript, the progress page reads the export again every two seconds, without a
 * full reload that would move a screen reader's place; without it, the page's own link does.
 */
export function RefreshWhileRunning() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 2_000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
