import path from "node:path";
import { defineConfig } from "vitest/config";

// Tests run in a zone that is neither UTC nor London, so a date handled in the wrong zone shows up.
process.env.TZ = "America/New_York";
const __dirname = path.dirname(new URL(import.meta.url).pathname);

const alias = {
  "@": path.resolve(__dirname, "src"),
  // Next's guard against importing server code in the browser; meaningless in Node tests.
  "server-only": path.resolve(__dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.ts", "prisma/**/*.test.ts"],
          exclude: ["**/*.integration.test.{ts,tsx}", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: [
            "src/**/*.integration.test.{ts,tsx}",
            "tests/**/*.integration.test.ts",
            "prisma/**/*.integration.test.ts",
          ],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/setup-integration.ts"],
          // One embedded PostgreSQL serves every file; each file gets its own database.
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
