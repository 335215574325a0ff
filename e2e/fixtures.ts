import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Shared fixtures: the app's address from the global setup, and an accessibility check that fails
 * on any serious or critical axe-core violation (WCAG 2.2 A and AA rules).
 */
export const test = base.extend<{ expectAccessible: (page: Page) => Promise<void> }>({
  baseURL: async ({}, use) => use(process.env.E2E_BASE_URL),
  expectAccessible: async ({}, use) => {
    await use(async (page: Page) => {
      // Next streams a page's metadata; let the title arrive before judging the page.
      await expect(page).toHaveTitle(/\S/);
      const analyze = () =>
        new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      let results = await analyze();
      // After a form's redirect the title can be swapped while the check runs: once the title is
      // back, check again (a page with no title at all still fails, at the wait).
      if (results.violations.some((violation) => violation.id === "document-title")) {
        await expect(page).toHaveTitle(/\S/);
        results = await analyze();
      }
      const serious = results.violations.filter(
        (violation) => violation.impact === "serious" || violation.impact === "critical",
      );
      expect(
        serious.map(
          (violation) =>
            `${violation.id} (${violation.impact}) on ${page.url()}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    });
  },
});

export { expect };

export const ADMIN = {
  name: "Sam Patel",
  email: "sam.patel@eastvale.example",
  password: "correct horse battery staple",
};
export const COUNCIL = "Eastvale Borough Council";
