import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where it is installed (CI, our build machines), else Playwright's own browser.
const systemChromium = "/usr/bin/chromium";

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  // The journeys share one app and one database, and setup happens once: run them in order.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // The first-day journey runs first: it sets the instance up, which later journeys (planting
  // their own workspaces and sessions) take as given.
  projects: [
    { name: "first-day", testMatch: /foundation\.spec\.ts/, use: browser },
    {
      name: "features",
      testIgnore: [/foundation\.spec\.ts/, /audit-trail\.spec\.ts/],
      dependencies: ["first-day"],
      use: browser,
    },
    // Last, over everything the journeys did: was every change the app made audited?
    { name: "audit-trail", testMatch: /audit-trail\.spec\.ts/, dependencies: ["features"] },
  ],
});
