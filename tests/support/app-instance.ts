import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync, closeSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { db, disconnectDb } from "@/lib/db/client";
import { buildUnlessCurrent } from "@/lib/runtime/build-fingerprint";
import { loadFrameworkReference } from "@/features/framework/mutations";
import { loadPublishedOutcomesReference } from "@/features/benchmark/mutations";

const root = path.resolve(__dirname, "..", "..");
const webServer = path.join(root, "scripts", "web-server.mjs");

/**
 * A whole instance of the app for fault and load runs: a throwaway embedded PostgreSQL of its own
 * (so it can be stopped and started), a folder for files, and the production build served on
 * loopback. The app and the database can each be stopped and started again, as an operator, a
 * crash or a failover would.
 */
export type AppInstance = {
  base: string;
  databaseUrl: string;
  storageDir: string;
  /** A real session row and the encrypted cookie that carries it. */
  cookieFor(userId: string, workspaceId: string): Promise<string>;
  startApp(): Promise<void>;
  /** SIGKILL stops it as a crash or an out-of-memory kill would: nothing gets to clean up. */
  stopApp(signal?: NodeJS.Signals): Promise<void>;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  close(): Promise<void>;
};

export type AppInstanceOptions = {
  /** Runs against the new database (DATABASE_URL points at it) before the app starts. */
  prepare?: () => Promise<void>;
  env?: Record<string, string>;
  /** Where the app's output goes; discarded when not given. */
  logFile?: string;
};

export async function startAppInstance(options: AppInstanceOptions = {}): Promise<AppInstance> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "app-instance-"));
  const dataDir = path.join(dir, "postgres");
  const storageDir = path.join(dir, "files");
  const password = randomBytes(12).toString("hex");
  const authSecret = randomBytes(32).toString("base64url");
  let database: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir, password });
  const databaseUrl = database.urlFor("app");
  const databasePort = Number(new URL(databaseUrl).port);
  const appPort = await findFreePort();
  const base = `http://127.0.0.1:${appPort}`;
  let app: ChildProcess | undefined;

  const pointAtDatabase = () => {
    process.env.DATABASE_URL = databaseUrl;
  };

  const instance: AppInstance = {
    base,
    databaseUrl,
    storageDir,
    async cookieFor(userId, workspaceId) {
      pointAtDatabase();
      const session = await db.userSession.create({
        data: { userId, workspaceId, expiresAt: new Date(Date.now() + 3 * 3600_000) },
        select: { id: true },
      });
      return `next-auth.session-token=${await encode({ token: { sub: userId, sid: session.id }, secret: authSecret })}`;
    },
    async startApp() {
      const log = options.logFile ? openSync(options.logFile, "a") : "ignore";
      // Its own process group, so stopping it stops every process the server runs. The app's own
      // server (scripts/web-server.mjs), as `npm start` runs it.
      app = spawn(process.execPath, [webServer, "-H", "127.0.0.1", "-p", String(appPort)], {
        cwd: root,
        detached: true,
        stdio: ["ignore", log, log],
        env: {
          ...process.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          DATABASE_URL: databaseUrl,
          AUTH_SECRET: authSecret,
          APP_URL: base,
          STORAGE_DIR: storageDir,
          LOG_LEVEL: "error",
          ...options.env,
        },
      });
      if (typeof log === "number") closeSync(log);
      await waitForHealth(`${base}/api/health`, app);
    },
    async stopApp(signal = "SIGTERM") {
      const running = app;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
      process.kill(-running.pid!, signal);
      await exited;
    },
    async stopDatabase() {
      // This process's own connections would otherwise break under it.
      await disconnectDb();
      await database.stop();
    },
    async startDatabase() {
      database = await startEmbeddedPostgres({ dataDir, password, port: databasePort });
    },
    async close() {
      await instance.stopApp("SIGKILL").catch(() => undefined);
      await disconnectDb().catch(() => undefined);
      await database.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };

  try {
    await database.createDatabase("app");
    pointAtDatabase();
    await migrate(databaseUrl);
    await loadFrameworkReference();
    await loadPublishedOutcomesReference();
    await options.prepare?.();
    if (!(await buildUnlessCurrent(root))) throw new Error("next build failed");
    await instance.startApp();
    return instance;
  } catch (error) {
    await instance.close();
    throw error;
  }
}

/** Waits until the app answers its health check, failing at once if it exits instead. */
export async function waitForHealth(url: string, app: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app exited with code ${app.exitCode}`);
    if ((await fetch(url).catch(() => null))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app did not become healthy at ${url}`);
}
