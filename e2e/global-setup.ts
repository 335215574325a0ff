import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { disconnectDb } from "@/lib/db/client";
import { buildUnlessCurrent } from "@/lib/runtime/build-fingerprint";
import { loadFrameworkReference } from "@/features/framework/mutations";
import { loadPublishedOutcomesReference } from "@/features/benchmark/mutations";
import { startIdentityProvider } from "./support/oidc-server";
import { startSmtpServer } from "../tests/support/smtp";
import { waitForHealth } from "../tests/support/app-instance";
import { APP_CONNECTION_NAME, installChangeWatch } from "../tests/support/change-watch";

/**
 * Starts what the browser journeys run against, all on loopback: a fresh embedded PostgreSQL (or a
 * fresh database on DATABASE_URL's server), a real OpenID provider, a real SMTP server, and the
 * production build of the app. Workers read E2E_BASE_URL from the environment.
 */
export default async function globalSetup() {
  const root = path.resolve(__dirname, "..");
  const cleanups: (() => Promise<void>)[] = [];

  let databaseUrl: string;
  if (process.env.DATABASE_URL) {
    const name = `e2e_${randomBytes(4).toString("hex")}`;
    const admin = new URL(process.env.DATABASE_URL);
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    admin.pathname = `/${name}`;
    databaseUrl = admin.toString();
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "readiness-e2e-"));
    const database = await startEmbeddedPostgres({
      dataDir: path.join(dir, "postgres"),
      password: randomBytes(16).toString("hex"),
    });
    await database.createDatabase("readiness");
    databaseUrl = database.urlFor("readiness");
    cleanups.push(async () => {
      await database.stop();
      await rm(dir, { recursive: true, force: true });
    });
  }
  process.env.DATABASE_URL = databaseUrl;
  await migrate(databaseUrl);
  await loadFrameworkReference();
  await loadPublishedOutcomesReference();
  await disconnectDb();
  // Every change the app makes is noted, for the last check: was each one audited?
  await installChangeWatch(databaseUrl);
  const appDatabaseUrl = new URL(databaseUrl);
  appDatabaseUrl.searchParams.set("application_name", APP_CONNECTION_NAME);

  const appPort = await findFreePort();
  const baseUrl = `http://localhost:${appPort}`;
  const idp = await startIdentityProvider({
    port: await findFreePort(),
    redirectUri: `${baseUrl}/api/auth/callback/oidc`,
  });
  cleanups.push(idp.close);

  // A real mail server: the app's e-mails land as .eml files the journeys read.
  const mailDir = path.join(root, "test-results", "mail");
  await rm(mailDir, { recursive: true, force: true });
  await mkdir(mailDir, { recursive: true });
  const smtp = await startSmtpServer({ saveTo: mailDir });
  cleanups.push(smtp.stop);

  if (!(await buildUnlessCurrent(root))) throw new Error("next build failed");
  // The app's own log goes to a file beside the test results, for reading after a failure.
  await mkdir(path.join(root, "test-results"), { recursive: true });
  const log = openSync(path.join(root, "test-results", "app.log"), "w");
  const authSecret = randomBytes(32).toString("base64url");
  const app: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "scripts", "web-server.mjs"), "-p", String(appPort)],
    {
      cwd: root,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: appDatabaseUrl.toString(),
        AUTH_SECRET: authSecret,
        APP_URL: baseUrl,
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        OIDC_DISPLAY_NAME: "Council account",
        LOG_LEVEL: "info",
        // Raised from the 50 MB default so the journeys can upload a 100 MB report.
        UPLOAD_MAX_MB: "200",
        SMTP_URL: smtp.url,
        MAIL_FROM: "Eastvale readiness <readiness@eastvale.example>",
      },
    },
  );
  cleanups.push(
    () =>
      new Promise((resolve) => {
        if (app.exitCode !== null) return resolve();
        app.once("exit", () => resolve());
        app.kill("SIGTERM");
      }),
  );
  await waitForHealth(`${baseUrl}/api/health`, app);

  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_DATABASE_URL = databaseUrl;
  process.env.E2E_MAIL_DIR = mailDir;
  // For fixtures that plant a signed-in session instead of clicking through sign-in.
  process.env.E2E_AUTH_SECRET = authSecret;
  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
}
