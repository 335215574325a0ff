/**
 * A page's title while it shows an error: "Error: " first, as GOV.UK asks, so a screen reader
 * announces the problem before anything else (WCAG 2.4.2, 3.3.1).
 */
export function errorTitle(title: string, hasError: boolean): string {
  return hasError ? `Error: ${title}` : title;
}
