/**
 * The first thing a keyboard user reaches: jumps past the header and navigation. Hidden until
 * focused, then shown in flow at the top of the page (with the global yellow focus style) so it
 * never covers the header. The target is `<main id="main-content" tabIndex={-1}>` (PageContainer).
 */
export function SkipLink({ href = "#main-content" }: { href?: string }) {
  return (
    <a href={href} className="sr-only focus:not-sr-only focus:block focus:px-4 focus:py-2 focus:text-base">
      Skip to main content
    </a>
  );
}
