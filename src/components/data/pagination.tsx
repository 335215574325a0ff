import Link from "next/link";
import { queryHref } from "@/components/forms/filter-panel";

/**
 * Previous and next page links for a filtered list, keeping its filters in the address (so a page
 * can be bookmarked and works without JavaScript). Renders nothing for a single page.
 */
export function Pagination({
  path,
  query,
  page,
  pages,
}: {
  path: string;
  query: Record<string, string | number | undefined>;
  page: number;
  pages: number;
}) {
  if (pages <= 1) return null;
  const link = (target: number) => queryHref(path, { ...query, page: String(target) });
  return (
    <nav aria-label="Pages" className="mt-6 flex gap-6">
      {page > 1 ? (
        <Link href={link(page - 1)} rel="prev">
          Previous page
        </Link>
      ) : null}
      {page < pages ? (
        <Link href={link(page + 1)} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
