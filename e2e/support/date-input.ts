import { expect, type Locator, type Page } from "@playwright/test";

/** The day, month and year fields of the date question whose legend is `legend`. */
function dateGroup(scope: Page | Locator, legend: string) {
  return scope.getByRole("group", { name: legend, exact: true });
}

/** Types an ISO date ("2027-03-31") as a person would: 31, 3, 2027. */
export async function fillDate(scope: Page | Locator, legend: string, iso: string) {
  const [year, month, day] = iso.split("-");
  const group = dateGroup(scope, legend);
  await group.getByLabel("Day").fill(String(Number(day)));
  await group.getByLabel("Month").fill(String(Number(month)));
  await group.getByLabel("Year").fill(year!);
}

/** The date question shows the ISO date as day, month and year. */
export async function expectDate(scope: Page | Locator, legend: string, iso: string) {
  const [year, month, day] = iso.split("-");
  const group = dateGroup(scope, legend);
  await expect(group.getByLabel("Day")).toHaveValue(String(Number(day)));
  await expect(group.getByLabel("Month")).toHaveValue(String(Number(month)));
  await expect(group.getByLabel("Year")).toHaveValue(year!);
}
