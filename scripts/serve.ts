/**
 * Runs the app: database (embedded unless DATABASE_URL is set) → migrations → reference data (the
 * CQC framework, councils' published outcomes) → optional demo council → production build when
 * sources changed → `next start`.
 * Ctrl-C stops the app and then PostgreSQL cleanly; the data stays under the data folder.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { EmbeddedStartError } from "@/lib/db/embedded";
import { migrate, MigrationError } from "@/lib/db/migrate";
import { disconnectDb } from "@/lib/db/client";
import { env, SettingsError } from "@/lib/env";
import { openRuntimeDatabase, StartupError } from "@/lib/runtime/database";
import { buildUnlessCurrent } from "@/lib/runtime/build-fingerprint";
import { loadFrameworkReference } from "@/features/framework/mutations";
import { loadPublishedOutcomesReference } from "@/features/benchmark/mutations";
import { DemoRefused, seedDemo, printDemoCredentials } from "../prisma/demo";

const root = path.resolve(__dirname, "..");
const flags = new Set(process.argv.slice(2));
const dev = flags.has("--dev");
const demo = flags.has("--demo");
const port = Number(process.env.PORT ?? 3000);
const dataRoot = path.resolve(root, process.env.DATA_DIR ?? ".data");

let nextProcess: ChildProcess | undefined;
let stopDatabase: (() => Promise<void>) | undefined;
let stopping = false;

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new StartupError(`PORT must be a number from 1 to 65535 (it is "${process.env.PORT}").`);
  await assertPortFree(port);

  const database = await openRuntimeDatabase(dataRoot);
  if (database.embedded) {
    stopDatabase = database.embedded.stop;
    console.log(`Embedded PostgreSQL started (data in ${path.relative(root, dataRoot) || "."}/postgres).`);
  }
  process.env.DATABASE_URL = database.url;
  if (!database.authSecret) {
    throw new StartupError(
      "AUTH_SECRET is not set. With your own DATABASE_URL, set AUTH_SECRET to a random string of at least 32 characters (for example: openssl rand -base64 32).",
    );
  }
  process.env.AUTH_SECRET = database.authSecret;
  process.env.APP_URL ??= `http://localhost:${port}`;
  process.env.STORAGE_DIR ??= path.join(dataRoot, "files");
  env(); // every setting checked now, so a mistake stops start-up with one clear message

  const { applied } = await migrate(database.url);
  console.log(applied.length ? `Applied ${applied.length} database migration(s).` : "Database is up to date.");
  const framework = await loadFrameworkReference();
  if (framework.created) console.log(`Loaded the CQC framework (${framework.version}).`);
  const outcomes = await loadPublishedOutcomesReference();
  if (outcomes.created) console.log(`Loaded councils' published CQC outcomes (${outcomes.version}).`);
  if (demo) printDemoCredentials(await seedDemo());
  await disconnectDb();

  if (
    !dev &&
    !(await buildUnlessCurrent(root, () =>
      console.log("Building the app (first run or sources changed; this takes a minute)…"),
    ))
  )
    throw new StartupError("The build failed (see the messages above).");
  // Our own server in front of Next's handler: the client's address from the connection (and
  // trusted proxies only), and a plain 400 for addresses Next cannot decode.
  const server = path.join(root, "scripts", "web-server.mjs");
  nextProcess = spawn(process.execPath, [server, ...(dev ? ["--dev"] : []), "-p", String(port)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: dev ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  nextProcess.on("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1, "The web server stopped unexpectedly.");
  });
  console.log(`\nReady: open ${process.env.APP_URL} in your browser. Press Ctrl-C to stop.\n`);
}

function assertPortFree(value: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new StartupError(
          error.code === "EADDRINUSE"
            ? `Port ${value} is already in use. Stop the program using it, or choose another port, for example: PORT=${value + 1} npm start`
            : `Cannot use port ${value} (${error.code ?? error.message}). Choose another port with PORT=…`,
        ),
      ),
    );
    probe.listen(value, () => probe.close(() => resolve()));
  });
}

async function shutdown(code: number, message?: string) {
  if (stopping) return;
  stopping = true;
  if (message) console.error(message);
  if (nextProcess && nextProcess.exitCode === null) {
    const exited = new Promise((resolve) => nextProcess!.once("exit", resolve));
    nextProcess.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  await disconnectDb().catch(() => undefined);
  if (stopDatabase) {
    await stopDatabase().catch(() => undefined);
    console.log("PostgreSQL stopped cleanly. Your data is kept for next time.");
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));

main().catch((error: unknown) => {
  const known =
    error instanceof SettingsError ||
    error instanceof StartupError ||
    error instanceof EmbeddedStartError ||
    error instanceof MigrationError ||
    error instanceof DemoRefused;
  const message = known
    ? (error as Error).message
    : `Could not start: ${error instanceof Error ? error.message : String(error)}`;
  void shutdown(1, message);
});
