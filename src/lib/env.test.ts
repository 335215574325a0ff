import { afterEach, describe, expect, it, vi } from "vitest";
import { env, settings, SettingsError } from "./env";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("settings", () => {
  it("names every bad value in its own line", () => {
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/app");
    vi.stubEnv("AUTH_SECRET", "too short");
    vi.stubEnv("DATABASE_POOL_SIZE", "lots");
    expect(() => env()).toThrow(SettingsError);
    expect(() => env()).toThrow(
      /^The app's settings are not valid:\n- DATABASE_POOL_SIZE: .+\n- AUTH_SECRET: AUTH_SECRET must be at least 32 characters$/,
    );
  });

  it("reads only the settings named, with the same rules and defaults", () => {
    vi.stubEnv("AUTH_SECRET", undefined);
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/app");
    vi.stubEnv("DATABASE_POOL_SIZE", undefined);
    // AUTH_SECRET is missing, but was not asked for.
    expect(settings("DATABASE_URL", "DATABASE_POOL_SIZE")).toEqual({
      DATABASE_URL: "postgresql://localhost/app",
      DATABASE_POOL_SIZE: 10,
    });
    vi.stubEnv("DATABASE_POOL_SIZE", "0");
    expect(() => settings("DATABASE_URL", "DATABASE_POOL_SIZE")).toThrow(
      /^The app's settings are not valid:\n- DATABASE_POOL_SIZE: .+$/,
    );
  });
});
