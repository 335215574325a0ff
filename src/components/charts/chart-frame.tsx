import type { ReactNode } from "react";

/** The smallest text a chart may show: its SVG is scaled to fit, and text scales with it. */
export const MIN_CHART_TEXT_PX = 12;

/**
 * Keeps a chart's smallest text at 12 px or more. A chart drawn `width` units wide with
 * `smallestFont` text is never shown narrower than the width at which that text is 12 px; on a
 * screen narrower than that (a phone) it scrolls inside this frame instead of shrinking, as WCAG
 * 1.4.10 allows for content whose meaning needs its two-dimensional layout. The frame is a
 * labelled, focusable group (not a landmark: a page of charts would be a page of regions) so
 * keyboard users can scroll it.
 */
export function ChartFrame({
  width,
  smallestFont,
  label,
  children,
}: {
  width: number;
  smallestFont: number;
  label: string;
  children: ReactNode;
}) {
  const minWidth = Math.ceil((width * MIN_CHART_TEXT_PX) / smallestFont);
  return (
    // inline-size containment: the frame is as wide as its column, whatever the chart's minimum.
    <div role="group" aria-label={label} tabIndex={0} className="relative w-full overflow-x-auto [contain:inline-size]">
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
